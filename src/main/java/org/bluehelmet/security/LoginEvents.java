package org.bluehelmet.security;

import java.time.Instant;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells the throttle of every failed and successful log-in, by form or HTTP Basic, and
 * notes in the session when it logged in ({@link CurrentAccountFilter#LOGGED_IN_AT}).
 */
@Component
class LoginEvents {

	private final LoginThrottle throttle;

	LoginEvents(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		throttle.failed(event.getAuthentication().getName(), address(event.getAuthentication()));
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		throttle.succeeded(event.getAuthentication().getName(), address(event.getAuthentication()));
	}

	/**
	 * A log-in through the form, once its session has its final id: noted in the session.
	 * Administrators find the session by its account's name (Spring Session indexes it).
	 */
	@EventListener
	void loggedInThroughTheForm(InteractiveAuthenticationSuccessEvent event) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			if (session != null) {
				session.setAttribute(CurrentAccountFilter.LOGGED_IN_AT, Instant.now());
			}
		}
	}

	private static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

}
