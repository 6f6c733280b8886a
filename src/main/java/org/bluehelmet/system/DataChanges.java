package org.bluehelmet.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way a cache learns that the stored data it was built from changed: code that
 * changes a mission's model, its incidents, … says so here, and every {@link Kept} cache
 * of that kind forgets what it kept of the key, on this server and on every other server
 * of the installation.
 * <p>
 * Here: at once and again when the transaction ends (so that nothing read meanwhile
 * outlives it). On PostgreSQL, other servers hear of it through {@code NOTIFY}, sent in
 * the changing transaction, so delivered when it commits and never when it rolls back
 * ({@link PostgresChangeFeed} listens). Notifications are small and not replayed: a
 * server that lost its listening connection forgets everything once it is back, and
 * entries older than {@code bluehelmet.cluster.cache-ttl} are built again (a backstop for
 * a change made outside Blue Helmet). Results kept under a {@link #version} (forecasts,
 * which take seconds to train) are not rebuilt on a timer: every
 * {@code bluehelmet.cluster.cache-ttl} the server compares each key's {@link #checkWith
 * fingerprint}, a cheap summary read from the database, with the last one, and forgets
 * the key when it differs. On the embedded database there is one server, and nothing
 * expires.
 * <p>
 * Thread-safe.
 */
@Component
public class DataChanges {

	/** The PostgreSQL channel the servers of one installation share. */
	static final String CHANNEL = "bluehelmet_changes";

	/** What changed; the key says of what (a mission's id). */
	public enum Kind {

		/**
		 * A mission's model: the mission, its cells, sectors, sites, deployments,
		 * facilities.
		 */
		MISSION,
		/** A mission's incidents. */
		INCIDENTS

	}

	/** This process among the servers: its own notifications come back to it. */
	final String node = UUID.randomUUID().toString();

	private final JdbcClient jdbc;

	private final DatabaseKind database;

	private final Duration timeToLive;

	private final List<Kept<?, ?>> caches = new CopyOnWriteArrayList<>();

	/**
	 * Per kind and key, how often it changed as this server heard; see {@link #version}.
	 */
	private final Map<String, AtomicLong> versions = new ConcurrentHashMap<>();

	/** How often this server forgot everything. */
	private final AtomicLong everything = new AtomicLong();

	/** Per kind, how to read a key's fingerprint; see {@link #checkWith}. */
	private final Map<Kind, Function<String, Object>> fingerprints = new ConcurrentHashMap<>();

	/** Per kind and key, its fingerprint when last compared. */
	private final Map<String, Object> fingerprinted = new ConcurrentHashMap<>();

	DataChanges(JdbcClient jdbc, DatabaseKind database,
			@Value("${bluehelmet.cluster.cache-ttl:60s}") Duration timeToLive) {
		this.jdbc = jdbc;
		this.database = database;
		this.timeToLive = timeToLive;
	}

	/**
	 * A new cache of values built from data of one kind, forgotten per key (for values
	 * whose own key holds more, {@code keyOf} gives the changing key, a mission's id).
	 */
	public <K, V> Kept<K, V> keep(Kind kind, Function<K, String> keyOf) {
		Kept<K, V> kept = new Kept<>(kind, keyOf, () -> database.isPostgres() ? timeToLive : null);
		caches.add(kept);
		return kept;
	}

	/** A new cache keyed by the changing key itself. */
	public <V> Kept<String, V> keep(Kind kind) {
		return keep(kind, Function.identity());
	}

	/**
	 * Says that the data of {@code kind} under {@code key} changed (or is changing in the
	 * current transaction): every server's caches forget it.
	 */
	public void changed(Kind kind, String key) {
		forget(kind, key);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forget(kind, key);
				}
			});
		}
		if (database.isPostgres()) {
			jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, payload(kind, key)).query().singleValue();
		}
	}

	/**
	 * A number that grows whenever the data of {@code kind} under {@code key} changes, as
	 * this server heard: results built from the data and kept elsewhere (under several
	 * keys) compare it. Only comparable on one server.
	 */
	public long version(Kind kind, String key) {
		return everything.get() + counter(kind, key).get();
	}

	/**
	 * Names a cheap summary of the data of {@code kind} under a key, read from the
	 * database (a count and the latest change, say), that changes whenever the data do:
	 * on PostgreSQL it tells a change that no notification announced.
	 */
	public void checkWith(Kind kind, Function<String, Object> fingerprint) {
		fingerprints.put(kind, fingerprint);
	}

	/**
	 * Compares the fingerprint of every key whose version was asked for with the last one
	 * and forgets each key whose data changed unannounced (on PostgreSQL, where another
	 * program may write; the first comparison only records).
	 */
	@Scheduled(fixedDelayString = "${bluehelmet.cluster.cache-ttl:60s}",
			initialDelayString = "${bluehelmet.cluster.cache-ttl:60s}")
	public void revalidate() {
		if (!database.isPostgres()) {
			return;
		}
		for (String counterKey : List.copyOf(versions.keySet())) {
			String[] parts = counterKey.split("\\|", 2);
			Kind kind = Kind.valueOf(parts[0]);
			Function<String, Object> fingerprint = fingerprints.get(kind);
			if (fingerprint == null) {
				continue;
			}
			Object now = fingerprint.apply(parts[1]);
			Object before = fingerprinted.put(counterKey, now);
			if (before != null && !before.equals(now)) {
				forget(kind, parts[1]);
			}
		}
	}

	private AtomicLong counter(Kind kind, String key) {
		return versions.computeIfAbsent(kind.name() + "|" + key, k -> new AtomicLong());
	}

	/** Forgets on this server only: what a notification from another server does. */
	void forget(Kind kind, String key) {
		counter(kind, key).incrementAndGet();
		caches.stream().filter(kept -> kept.kind() == kind).forEach(kept -> kept.forget(key));
	}

	/**
	 * Forgets everything kept: after the notifications of other servers may have been
	 * missed.
	 */
	void forgetEverything() {
		everything.incrementAndGet();
		caches.forEach(Kept::forgetAll);
	}

	String payload(Kind kind, String key) {
		return node + "|" + kind.name() + "|" + key;
	}

	/**
	 * Acts on a notification's payload; one of this server's own is ignored (it forgot
	 * already), one it cannot read makes it forget everything.
	 */
	void received(String payload) {
		String[] parts = payload.split("\\|", 3);
		if (parts.length == 3 && parts[0].equals(node)) {
			return;
		}
		try {
			forget(Kind.valueOf(parts[1]), parts[2]);
		}
		catch (RuntimeException unreadable) {
			forgetEverything();
		}
	}

}
