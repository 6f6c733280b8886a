package org.bluehelmet.system;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Values built from stored data and kept until {@link DataChanges} says that data changed
 * (made by {@link DataChanges#keep}). A value being built while its data changes is
 * returned to its caller but not kept: it may have read the data from before the change.
 * <p>
 * Thread-safe.
 *
 * @param <K> what a value is kept under
 * @param <V> the value
 */
public final class Kept<K, V> {

	private final DataChanges.Kind kind;

	private final Function<K, String> keyOf;

	private final Supplier<Duration> timeToLive;

	private final Map<K, Entry<V>> values = new ConcurrentHashMap<>();

	/** A lock per key being built (few keys: missions, their maps). */
	private final Map<K, Object> building = new ConcurrentHashMap<>();

	/** Grows at every forgetting: a build that began before one is not kept. */
	private long generation;

	private record Entry<V>(V value, long builtAtNanos) {
	}

	Kept(DataChanges.Kind kind, Function<K, String> keyOf, Supplier<Duration> timeToLive) {
		this.kind = kind;
		this.keyOf = keyOf;
		this.timeToLive = timeToLive;
	}

	DataChanges.Kind kind() {
		return kind;
	}

	/** The value kept under {@code key}, built (and kept) when there is none. */
	public V get(K key, Function<K, V> build) {
		Entry<V> entry = values.get(key);
		if (entry != null && !expired(entry)) {
			return entry.value();
		}
		// One build per key at a time: fifty first requests for a map build its counts
		// once.
		synchronized (building.computeIfAbsent(key, k -> new Object())) {
			entry = values.get(key);
			if (entry != null && !expired(entry)) {
				return entry.value();
			}
			long began;
			synchronized (this) {
				began = generation;
			}
			V value = build.apply(key);
			synchronized (this) {
				if (generation == began) {
					values.put(key, new Entry<>(value, System.nanoTime()));
				}
			}
			return value;
		}
	}

	synchronized void forget(String changedKey) {
		generation++;
		values.keySet().removeIf(key -> keyOf.apply(key).equals(changedKey));
	}

	synchronized void forgetAll() {
		generation++;
		values.clear();
	}

	private boolean expired(Entry<V> entry) {
		Duration ttl = timeToLive.get();
		return ttl != null && System.nanoTime() - entry.builtAtNanos() > ttl.toNanos();
	}

}
