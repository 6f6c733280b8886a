package org.bluehelmet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * The log-in throttle slows guessing without locking the owner out (issue 14, finding 4).
 */
class LoginThrottleTest {

	private final MovableClock clock = new MovableClock();

	private final LoginThrottle throttle = new LoginThrottle(clock);

	@Test
	void failuresFromOneAddressNeverHoldBackTheAccountFromAnother() {
		for (int i = 0; i < 200; i++) {
			throttle.failed("admin", "203.0.113.9");
		}
		assertThat(throttle.waitFor("admin", "203.0.113.9")).isPositive();
		assertThat(throttle.waitFor("admin", "198.51.100.20")).isZero();
	}

	@Test
	void delaysDoubleAfterTheFreeFailuresAndEndWithoutASuccess() {
		for (int i = 0; i < LoginThrottle.FREE_FAILURES - 1; i++) {
			throttle.failed("planner", "192.0.2.1");
		}
		assertThat(throttle.waitFor("planner", "192.0.2.1")).isZero();
		throttle.failed("planner", "192.0.2.1");
		assertThat(throttle.waitFor("planner", "192.0.2.1")).isEqualTo(Duration.ofSeconds(2));
		throttle.failed("planner", "192.0.2.1");
		assertThat(throttle.waitFor("planner", "192.0.2.1")).isEqualTo(Duration.ofSeconds(4));
		throttle.failed("planner", "192.0.2.1");
		assertThat(throttle.waitFor("planner", "192.0.2.1")).isEqualTo(Duration.ofSeconds(8));
		clock.advance(Duration.ofSeconds(8));
		assertThat(throttle.waitFor("planner", "192.0.2.1")).isZero();
	}

	@Test
	void delaysNeverExceedTheWindow() {
		for (int i = 0; i < 60; i++) {
			throttle.failed("analyst", "192.0.2.2");
		}
		assertThat(throttle.waitFor("analyst", "192.0.2.2")).isLessThanOrEqualTo(LoginThrottle.WINDOW);
	}

	@Test
	void oneAddressTryingManyAccountsWaitsForAllOfThem() {
		for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
			throttle.failed("name-" + i, "192.0.2.3");
		}
		assertThat(throttle.waitFor("someone-else", "192.0.2.3")).isPositive();
		assertThat(throttle.waitFor("someone-else", "192.0.2.4")).isZero();
	}

	@Test
	void aSuccessForgivesThatAddressOnly() {
		for (int i = 0; i < LoginThrottle.FREE_FAILURES + 2; i++) {
			throttle.failed("officer", "192.0.2.5");
			throttle.failed("officer", "192.0.2.6");
		}
		throttle.succeeded("officer", "192.0.2.5");
		assertThat(throttle.waitFor("officer", "192.0.2.5")).isZero();
		assertThat(throttle.waitFor("officer", "192.0.2.6")).isPositive();
	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
