package org.bluehelmet.fuzz;

import java.util.ArrayList;
import java.util.List;

/** What a fuzz run tried and what went wrong, with the inputs that did it. */
public final class FuzzReport {

	/** One input that was not refused cleanly. */
	public record Failure(String target, long seed, String problem, String input) {
	}

	private final List<Failure> failures = new ArrayList<>();

	private long cases;

	private long refused;

	void tried(boolean wasRefused) {
		cases++;
		if (wasRefused) {
			refused++;
		}
	}

	void failed(String target, long seed, String problem, String input) {
		failures.add(new Failure(target, seed, problem, input));
	}

	public long cases() {
		return cases;
	}

	/**
	 * Inputs refused as bad (the rest were accepted, which is fine when they were valid).
	 */
	public long refused() {
		return refused;
	}

	public List<Failure> failures() {
		return List.copyOf(failures);
	}

	@Override
	public String toString() {
		return cases + " cases, " + refused + " refused, " + failures.size() + " failures"
				+ (failures.isEmpty() ? "" : ": " + failures.get(0).target() + " (seed " + failures.get(0).seed()
						+ "): " + failures.get(0).problem());
	}

}
