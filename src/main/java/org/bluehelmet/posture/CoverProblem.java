package org.bluehelmet.posture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A maximal covering location problem (Church & ReVelle 1974): choose at most {@code p}
 * sites so that the total weight of the demand points covered by at least one chosen site
 * is as large as possible. Coverage is given, not computed: which demand points each site
 * covers (the sites' rows of the coverage matrix, stored compressed by row).
 */
final class CoverProblem {

	private final double[] weights;

	private final int[] coverStart;

	private final int[] covered;

	private final int p;

	private int[] coveringStart;

	private int[] covering;

	/**
	 * @param weights each demand point's weight (non-negative)
	 * @param coverStart for site j, its covered demand points are
	 * {@code covered[coverStart[j] .. coverStart[j+1])}; one entry more than there are
	 * sites
	 * @param covered demand indices
	 * @param p how many sites may be chosen
	 */
	public CoverProblem(double[] weights, int[] coverStart, int[] covered, int p) {
		if (p < 0) {
			throw new IllegalArgumentException("p must not be negative, was " + p);
		}
		for (double w : weights) {
			if (!(w >= 0) || Double.isInfinite(w)) {
				throw new IllegalArgumentException("demand weights must be finite and not negative, found " + w);
			}
		}
		this.weights = weights;
		this.coverStart = coverStart;
		this.covered = covered;
		this.p = p;
	}

	/** A problem from each site's list of covered demand points. */
	public static CoverProblem of(double[] weights, List<int[]> coveredBySite, int p) {
		int[] start = new int[coveredBySite.size() + 1];
		for (int j = 0; j < coveredBySite.size(); j++) {
			start[j + 1] = start[j] + coveredBySite.get(j).length;
		}
		int[] all = new int[start[coveredBySite.size()]];
		for (int j = 0; j < coveredBySite.size(); j++) {
			System.arraycopy(coveredBySite.get(j), 0, all, start[j], coveredBySite.get(j).length);
		}
		return new CoverProblem(weights, start, all, p);
	}

	public int demandCount() {
		return weights.length;
	}

	public int siteCount() {
		return coverStart.length - 1;
	}

	public int p() {
		return p;
	}

	public double weight(int demand) {
		return weights[demand];
	}

	/** Non-zeros of the coverage matrix. */
	public long coverageSize() {
		return covered.length;
	}

	public int coverStart(int site) {
		return coverStart[site];
	}

	public int coverEnd(int site) {
		return coverStart[site + 1];
	}

	/** The demand point at a position of the compressed coverage rows. */
	public int coveredAt(int position) {
		return covered[position];
	}

	/** The sites covering a demand point (the coverage matrix's columns, built once). */
	public synchronized int[] coveringStart() {
		if (coveringStart == null) {
			int[] count = new int[weights.length + 1];
			for (int i : covered) {
				count[i + 1]++;
			}
			for (int i = 0; i < weights.length; i++) {
				count[i + 1] += count[i];
			}
			int[] next = Arrays.copyOf(count, weights.length);
			int[] sites = new int[covered.length];
			for (int j = 0; j < siteCount(); j++) {
				for (int k = coverStart[j]; k < coverStart[j + 1]; k++) {
					sites[next[covered[k]]++] = j;
				}
			}
			coveringStart = count;
			covering = sites;
		}
		return coveringStart;
	}

	/** Sites covering demand points, indexed by {@link #coveringStart()}. */
	public int[] covering() {
		coveringStart();
		return covering;
	}

	public double totalWeight() {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		return total;
	}

	/** The weight covered by a set of sites. */
	public double value(int[] sites) {
		boolean[] reached = new boolean[weights.length];
		double value = 0;
		for (int j : sites) {
			for (int k = coverStart[j]; k < coverStart[j + 1]; k++) {
				int i = covered[k];
				if (!reached[i]) {
					reached[i] = true;
					value += weights[i];
				}
			}
		}
		return value;
	}

	/**
	 * The same problem with demand points that the same sites cover merged into one
	 * (their weights added) and points no site covers dropped: every choice of sites
	 * keeps its value, and exact models get much smaller where many points share a
	 * neighbourhood.
	 */
	public CoverProblem aggregated() {
		int[] start = coveringStart();
		int[] sites = covering();
		Map<Key, Integer> classes = new HashMap<>();
		List<Double> merged = new ArrayList<>();
		int[] classOf = new int[weights.length];
		for (int i = 0; i < weights.length; i++) {
			if (start[i] == start[i + 1] || weights[i] == 0) {
				classOf[i] = -1;
				continue;
			}
			Key key = new Key(Arrays.copyOfRange(sites, start[i], start[i + 1]));
			Integer existing = classes.get(key);
			if (existing == null) {
				existing = merged.size();
				classes.put(key, existing);
				merged.add(0.0);
			}
			merged.set(existing, merged.get(existing) + weights[i]);
			classOf[i] = existing;
		}
		double[] mergedWeights = merged.stream().mapToDouble(Double::doubleValue).toArray();
		List<int[]> rows = new ArrayList<>(siteCount());
		boolean[] seen = new boolean[mergedWeights.length];
		for (int j = 0; j < siteCount(); j++) {
			int[] row = new int[coverStart[j + 1] - coverStart[j]];
			int n = 0;
			for (int k = coverStart[j]; k < coverStart[j + 1]; k++) {
				int c = classOf[covered[k]];
				if (c >= 0 && !seen[c]) {
					seen[c] = true;
					row[n++] = c;
				}
			}
			for (int k = 0; k < n; k++) {
				seen[row[k]] = false;
			}
			rows.add(Arrays.copyOf(row, n));
		}
		return of(mergedWeights, rows, p);
	}

	private record Key(int[] sites) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Arrays.equals(sites, key.sites);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(sites);
		}

	}

}
