package org.bluehelmet.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refuses, before any controller runs, every request whose path names a mission the
 * caller may not see ({@code /api/v1/missions/{missionId}/…}), with the same 404 as for a
 * mission that does not exist. One check for every endpoint, present and future, instead
 * of one in each.
 */
class MissionAccessInterceptor implements HandlerInterceptor {

	static final String MISSION_VARIABLE = "missionId";

	private final MissionAccess access;

	MissionAccessInterceptor(MissionAccess access) {
		this.access = access;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof Map<?, ?> map && map.get(MISSION_VARIABLE) instanceof String missionId) {
			access.check(missionId);
		}
		return true;
	}

}
