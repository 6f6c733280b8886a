package org.bluehelmet.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every export (a call of a handler marked {@link Export}) with who asked, for
 * which mission, and the query that selected the rows: one entry per request. Runs after
 * the per-mission check, so refused requests are not exports.
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
		if (request.getDispatcherType() == DispatcherType.ASYNC
				|| !(handler instanceof HandlerMethod method && method.hasMethodAnnotation(Export.class))) {
			return true;
		}
		Map<String, Object> what = new LinkedHashMap<>();
		what.put("path", path);
		what.put("query", request.getQueryString() == null ? "" : request.getQueryString());
		String user = request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
		audit.recordNow(user, missionOf(request, method.getMethodAnnotation(Export.class)), "export", "export", null,
				null, what);
		return true;
	}

	private final Map<Class<?>, Export.MissionOfPath> missions = new ConcurrentHashMap<>();

	private String missionOf(HttpServletRequest request, Export export) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Map<String, String> path = new LinkedHashMap<>();
		if (variables instanceof Map<?, ?> map) {
			map.forEach((name, value) -> path.put(String.valueOf(name), String.valueOf(value)));
		}
		return missions.computeIfAbsent(export.mission(), ExportAuditInterceptor::instantiate).missionOf(path);
	}

	private static Export.MissionOfPath instantiate(Class<?> type) {
		try {
			var constructor = type.getDeclaredConstructor();
			constructor.setAccessible(true);
			return (Export.MissionOfPath) constructor.newInstance();
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(type + " needs a public constructor without arguments", ex);
		}
	}

}
