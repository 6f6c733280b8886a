package org.bluehelmet.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.bluehelmet.text.Phrase;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with {@code Retry-After} until the server is ready: the port opens before
 * start-up has created the {@code admin} account and loaded the demo missions, and a
 * log-in then would fail (and count against the account). Health checks pass through, so
 * that {@code /actuator/health/readiness} can say when it is ready.
 */
final class StartupGate extends OncePerRequestFilter {

	/** Seconds a client is asked to wait. */
	static final int RETRY_AFTER_SECONDS = 2;

	private final ApplicationAvailability availability;

	public StartupGate(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
				|| request.getRequestURI().startsWith("/actuator/health")) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
		ProblemResponses.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "problem.title.starting",
				Phrase.of("problem.starting"));
	}

}
