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
 * Slows down password guessing without letting anyone lock an account's owner out, as
 * OWASP's Authentication Cheat Sheet advises against hard lock-outs:
 * <ul>
 * <li>per account <em>and</em> address together: {@value #FREE_FAILURES} failures are
 * free, then each further attempt waits twice as long as the one before (2 s, 4 s, 8 s …
 * at most {@link #WINDOW}) after the last failure;</li>
 * <li>per address, whatever the account: after {@value #PER_ADDRESS} failures within
 * {@link #WINDOW} the address waits until the oldest leaves the window (one address
 * trying many names).</li>
 * </ul>
 * Failures from one address never hold back a log-in from another, so an attacker cannot
 * keep the administrator out. Counted in memory over a sliding {@link #WINDOW}: a restart
 * forgives. At most about {@value #MAX_KEYS} keys are kept. Thread-safe.
 */
@Component
class LoginThrottle {

	static final int FREE_FAILURES = 5;

	static final int PER_ADDRESS = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration FIRST_DELAY = Duration.ofSeconds(2);

	/** Keys counted before old ones are forgotten: memory stays bounded. */
	static final int MAX_KEYS = 50_000;

	/** Failures kept per key, enough for the longest delay. */
	private static final int KEPT = 32;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle() {
		this(Clock.systemUTC());
	}

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** How long a log-in as {@code username} from {@code address} must wait, or zero. */
	public Duration waitFor(String username, String address) {
		Instant now = clock.instant();
		Duration pair = username == null ? Duration.ZERO : pairWait(pairKey(username, address), now);
		Duration network = address == null ? Duration.ZERO : addressWait("addr:" + address, now);
		return pair.compareTo(network) > 0 ? pair : network;
	}

	void failed(String username, String address) {
		Instant now = clock.instant();
		if (username != null) {
			add(pairKey(username, address), now);
		}
		if (address != null) {
			add("addr:" + address, now);
		}
	}

	void succeeded(String username, String address) {
		failures.remove(pairKey(username, address));
	}

	private static String pairKey(String username, String address) {
		return "pair:" + username + "\u0000" + address;
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

	/** Doubling delays after the free failures, counted from the last failure. */
	private Duration pairWait(String key, Instant now) {
		Deque<Instant> times = failures.get(key);
		if (times == null) {
			return Duration.ZERO;
		}
		synchronized (times) {
			prune(times, now);
			int beyond = times.size() - FREE_FAILURES;
			if (beyond < 0) {
				return Duration.ZERO;
			}
			Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(beyond, 20));
			if (delay.compareTo(WINDOW) > 0) {
				delay = WINDOW;
			}
			Duration left = Duration.between(now, times.peekLast().plus(delay));
			return left.isNegative() ? Duration.ZERO : left;
		}
	}

	private Duration addressWait(String key, Instant now) {
		Deque<Instant> times = failures.get(key);
		if (times == null) {
			return Duration.ZERO;
		}
		synchronized (times) {
			prune(times, now);
			if (times.size() < PER_ADDRESS) {
				return Duration.ZERO;
			}
			// Free again when enough of the failures have left the window.
			Instant freed = times.stream().skip(times.size() - PER_ADDRESS).findFirst().orElse(now).plus(WINDOW);
			return Duration.between(now, freed);
		}
	}

	private static void prune(Deque<Instant> times, Instant now) {
		while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
			times.removeFirst();
		}
		while (times.size() > KEPT) {
			times.removeFirst();
		}
	}

}
