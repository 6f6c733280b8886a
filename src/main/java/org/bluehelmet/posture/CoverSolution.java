package org.bluehelmet.posture;

/**
 * A solution of a covering problem with the proof of how good it is.
 *
 * @param objective the weight the chosen sites cover
 * @param bound an upper bound on the best possible objective (equal to it when proven
 * optimal)
 * @param selected the chosen sites, by index
 * @param seconds wall-clock time taken
 * @param method how it was found and bounded
 */
record CoverSolution(double objective, double bound, int[] selected, double seconds, String method) {

	/** Relative distance from the bound: 0 when the solution is proven optimal. */
	public double gap() {
		if (bound <= 0) {
			return 0;
		}
		return Math.max(0, (bound - objective) / bound);
	}

	public boolean provenOptimal() {
		return gap() < 1e-9;
	}

}
