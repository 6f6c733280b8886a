package org.bluehelmet.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Limits failed log-ins per account and per network address, in a sliding window (as
 * OWASP's Authentication Cheat Sheet advises): after {@value #PER_ACCOUNT} failures for
 * an account, or {@value #PER_ADDRESS} from one address, within {@link #WINDOW}, further
 * attempts are refused until the oldest failure leaves the window. Counted in memory: a
 * restart forgives, which is acceptable for slowing guessing down. At most about
 * {@value #MAX_KEYS} accounts and addresses are kept with recent failures.
 */
@Component
public class LoginThrottle {

	static final int PER_ACCOUNT = 5;

	static final int PER_ADDRESS = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	/**
	 * Accounts and addresses counted before old ones are forgotten: memory stays bounded.
	 */
	static final int MAX_KEYS = 50_000;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Clock clock = Clock.systemUTC();

	/** How long the caller must wait before trying again, or zero. */
	public Duration waitFor(String username, String address) {
		Instant now = clock.instant();
		Duration account = username == null ? Duration.ZERO : wait("user:" + username, PER_ACCOUNT, now);
		Duration network = address == null ? Duration.ZERO : wait("addr:" + address, PER_ADDRESS, now);
		return account.compareTo(network) > 0 ? account : network;
	}

	void failed(String username, String address) {
		Instant now = clock.instant();
		if (username != null) {
			add("user:" + username, now);
		}
		if (address != null) {
			add("addr:" + address, now);
		}
	}

	void succeeded(String username) {
		failures.remove("user:" + username);
	}

	private void add(String key, Instant now) {
		if (failures.size() > MAX_KEYS) {
			// Someone is trying many names or addresses: forget those whose failures are
			// old.
			failures.entrySet().removeIf(entry -> {
				synchronized (entry.getValue()) {
					prune(entry.getValue(), now);
					return entry.getValue().isEmpty();
				}
			});
		}
		Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (times) {
			times.addLast(now);
			prune(times, now);
		}
	}

	private Duration wait(String key, int limit, Instant now) {
		Deque<Instant> times = failures.get(key);
		if (times == null) {
			return Duration.ZERO;
		}
		synchronized (times) {
			prune(times, now);
			if (times.size() < limit) {
				return Duration.ZERO;
			}
			// Free again when enough of the failures have left the window.
			Instant freed = times.stream().skip(times.size() - limit).findFirst().orElse(now).plus(WINDOW);
			return Duration.between(now, freed);
		}
	}

	private static void prune(Deque<Instant> times, Instant now) {
		while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
			times.removeFirst();
		}
		// Keep the memory bounded whatever an attacker sends.
		while (times.size() > PER_ADDRESS) {
			times.removeFirst();
		}
	}

}
