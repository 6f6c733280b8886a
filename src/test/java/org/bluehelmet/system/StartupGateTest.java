package org.bluehelmet.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Nothing but the health checks answers before start-up is complete (issue 14, finding 4:
 * a log-in during start-up failed and counted against the administrator).
 */
class StartupGateTest {

	private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();

	private final StartupGate gate = new StartupGate(availability);

	@Test
	void answers503WithRetryAfterUntilReady() throws Exception {
		MockHttpServletResponse response = call("/api/v1/me");
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("2");
		assertThat(response.getContentType()).isEqualTo("application/problem+json");

		ready();
		assertThat(call("/api/v1/me").getStatus()).isEqualTo(200);
	}

	@Test
	void letsHealthChecksThroughWhileStarting() throws Exception {
		assertThat(call("/actuator/health/readiness").getStatus()).isEqualTo(200);
		assertThat(call("/login").getStatus()).isEqualTo(503);
	}

	private void ready() {
		StaticApplicationContext context = new StaticApplicationContext();
		availability.onApplicationEvent(new AvailabilityChangeEvent<>(context, ReadinessState.ACCEPTING_TRAFFIC));
	}

	private MockHttpServletResponse call(String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		gate.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
