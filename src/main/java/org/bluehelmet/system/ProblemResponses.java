package org.bluehelmet.system;

import java.io.IOException;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.bluehelmet.text.Language;
import org.bluehelmet.text.Messages;
import org.bluehelmet.text.Phrase;

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
	 * Writes the problem in the language the request asks for ({@code Accept-Language}:
	 * no account is known yet where these refusals are made), English by default.
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response, int status, String titleKey,
			Phrase detail) throws IOException {
		Language language = Language.ENGLISH;
		// Without the header the servlet container answers with its own machine's locale:
		// not what the client asked for.
		Enumeration<Locale> asked = request.getHeader("Accept-Language") == null
				? java.util.Collections.emptyEnumeration() : request.getLocales();
		while (asked.hasMoreElements()) {
			java.util.Optional<Language> spoken = Language.of(asked.nextElement().toLanguageTag(), false);
			if (spoken.isPresent()) {
				language = spoken.get();
				break;
			}
		}
		Messages messages = Messages.bundled();
		response.setHeader("Content-Language", language.locale().toLanguageTag());
		write(response, status, messages.get(language, titleKey), messages.format(language, detail));
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
