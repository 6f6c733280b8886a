package org.bluehelmet.warning;

import java.util.Arrays;

/**
 * Scoring rules for forecasts given as samples, as the forecasting community uses them
 * (Gneiting &amp; Raftery 2007; the ViEWS competition, Hegre et al. 2022). Lower is
 * better for all but average precision.
 */
final class Scores {

	private Scores() {
	}

	/**
	 * The continuous ranked probability score of samples against what happened, in its
	 * energy form E|X − y| − ½ E|X − X′|, computed exactly from the sorted samples in O(n
	 * log n).
	 */
	public static double crps(int[] samples, int observed) {
		int n = samples.length;
		int[] sorted = samples.clone();
		Arrays.sort(sorted);
		double toObserved = 0;
		double between = 0;
		for (int i = 0; i < n; i++) {
			toObserved += Math.abs(sorted[i] - observed);
			// Each pair's distance counted through the sorted order: x_i is larger than
			// the i smaller ones and smaller than the n - 1 - i larger ones.
			between += sorted[i] * (2.0 * i - n + 1);
		}
		return toObserved / n - between / ((double) n * n);
	}

	/** The Brier score of a probability of "at least one" against whether it happened. */
	public static double brier(double p, boolean happened) {
		double y = happened ? 1 : 0;
		return (p - y) * (p - y);
	}

	/**
	 * The log score (ignorance) of a probability of "at least one", clipped to [1 / (n +
	 * 1), n / (n + 1)] for {@code n} samples so that a sample-based zero is not an
	 * infinite penalty.
	 */
	public static double logScore(double p, boolean happened, int samples) {
		double floor = 1.0 / (samples + 1);
		double clipped = Math.min(1 - floor, Math.max(floor, p));
		return -Math.log(happened ? clipped : 1 - clipped);
	}

	/**
	 * Average precision of probabilities against what happened: the mean of the precision
	 * at each true event, cases taken in order of falling probability (ties kept in their
	 * given order). {@code NaN} when nothing happened.
	 */
	public static double averagePrecision(double[] p, boolean[] happened) {
		Integer[] order = new Integer[p.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
		double sum = 0;
		int hits = 0;
		for (int k = 0; k < order.length; k++) {
			if (happened[order[k]]) {
				hits++;
				sum += hits / (double) (k + 1);
			}
		}
		return hits == 0 ? Double.NaN : sum / hits;
	}

}
