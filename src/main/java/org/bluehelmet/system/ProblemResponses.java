package org.bluehelmet.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem document from a servlet filter, where the
 * {@code @RestControllerAdvice} does not reach (requests refused before Spring MVC:
 * start-up gate, body limits, tokens, log-in throttle).
 */
public final class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemResponses() {
	}

	/**
	 * Sets the status and writes {@code application/problem+json} with the title and
	 * detail.
	 */
	public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", detail);
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.getOutputStream().write(JSON.writeValueAsBytes(problem));
	}

}
