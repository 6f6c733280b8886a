package org.bluehelmet.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every export (a download: a path ending in {@code .csv}, {@code .geojson} or
 * {@code .cap}) with who asked, for which mission, and the query that selected the rows.
 * Runs after the per-mission check, so refused requests are not exports.
 */
class ExportAuditInterceptor implements HandlerInterceptor {

	private final AuditLog audit;

	ExportAuditInterceptor(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String path = request.getRequestURI();
		// A streamed export comes through here twice: when asked, and again when its
		// asynchronous writing is dispatched. It is one export.
		if (request.getDispatcherType() == DispatcherType.ASYNC || !"GET".equals(request.getMethod())
				|| !(path.endsWith(".csv") || path.endsWith(".geojson") || path.endsWith(".cap"))) {
			return true;
		}
		Map<String, Object> what = new LinkedHashMap<>();
		what.put("path", path);
		what.put("query", request.getQueryString() == null ? "" : request.getQueryString());
		String user = request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
		audit.recordNow(user, missionOf(request), "export", "export", null, null, what);
		return true;
	}

	private static String missionOf(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return variables instanceof Map<?, ?> map && map.get("missionId") instanceof String missionId ? missionId
				: null;
	}

}
