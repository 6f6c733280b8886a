package org.bluehelmet.posture;

import java.util.Arrays;

/**
 * An upper bound on the maximal covering location problem, and good solutions on the way,
 * by Lagrangian relaxation of the coverage constraints {@code y_i <= sum_{j covers i}
 * x_j} with subgradient optimisation (Galvão & ReVelle 1996; Galvão, Espejo & Boffey
 * 2000).
 *
 * <p>
 * For multipliers {@code 0 <= λ_i <= w_i} the relaxed problem splits: {@code y_i = 1}
 * where {@code w_i > λ_i}, and the p sites with the largest {@code sum_{i covered} λ_i}.
 * Its value bounds the optimum from above; the chosen sites are a feasible solution,
 * which is polished by {@link SwapSearch} whenever it is new. Step sizes follow Held,
 * Wolfe & Crowder (1974): {@code π (UB − LB) / |g|²}, π halved after a run without
 * improvement.
 */
public final class LagrangianCover {

	private final CoverProblem problem;

	private double bestBound = Double.POSITIVE_INFINITY;

	private int[] bestSites = new int[0];

	private double bestValue;

	private int iterations;

	public LagrangianCover(CoverProblem problem, int[] start) {
		this.problem = problem;
		this.bestSites = start.clone();
		this.bestValue = problem.value(start);
	}

	/**
	 * Runs subgradient iterations until the gap closes, the step vanishes or the deadline
	 * passes.
	 * @param deadlineNanos {@link System#nanoTime()} after which to stop
	 * @param maxIterations at most this many iterations
	 */
	public void run(long deadlineNanos, int maxIterations) {
		int n = problem.demandCount();
		int m = problem.siteCount();
		int p = Math.min(problem.p(), m);
		double[] lambda = new double[n];
		int[] start = problem.coveringStart();
		for (int i = 0; i < n; i++) {
			// Start halfway between "free coverage" and "no coverage", shared by the
			// covering sites.
			int degree = start[i + 1] - start[i];
			lambda[i] = degree == 0 ? 0 : problem.weight(i) / Math.max(1, Math.min(degree, 2));
		}
		double[] score = new double[m];
		int[] chosenCount = new int[n];
		double pi = 2;
		int sinceImprovement = 0;
		long lastPolished = -1;
		while (iterations < maxIterations && System.nanoTime() < deadlineNanos && pi > 1e-4) {
			iterations++;
			Arrays.fill(score, 0);
			for (int j = 0; j < m; j++) {
				double s = 0;
				for (int k = problem.coverStart(j); k < problem.coverEnd(j); k++) {
					s += lambda[problem.coveredAt(k)];
				}
				score[j] = s;
			}
			int[] top = topSites(score, p);
			double bound = 0;
			for (int j : top) {
				bound += score[j];
			}
			for (int i = 0; i < n; i++) {
				bound += Math.max(0, problem.weight(i) - lambda[i]);
			}
			if (bestBound == Double.POSITIVE_INFINITY || bound < bestBound - 1e-9 * Math.abs(bestBound)) {
				bestBound = bound;
				sinceImprovement = 0;
			}
			else if (++sinceImprovement >= 20) {
				pi /= 2;
				sinceImprovement = 0;
			}
			consider(top, deadlineNanos, lastPolished);
			lastPolished = fingerprint(top);
			if (closed()) {
				return;
			}
			Arrays.fill(chosenCount, 0);
			for (int j : top) {
				for (int k = problem.coverStart(j); k < problem.coverEnd(j); k++) {
					chosenCount[problem.coveredAt(k)]++;
				}
			}
			double norm = 0;
			for (int i = 0; i < n; i++) {
				double g = chosenCount[i] - (problem.weight(i) > lambda[i] ? 1 : 0);
				norm += g * g;
			}
			if (norm == 0) {
				// The relaxed solution satisfies every relaxed constraint with equality:
				// it is optimal.
				bestBound = Math.min(bestBound, Math.max(bestValue, bound));
				return;
			}
			double step = pi * (bestBound - bestValue) / norm;
			for (int i = 0; i < n; i++) {
				double g = chosenCount[i] - (problem.weight(i) > lambda[i] ? 1 : 0);
				lambda[i] = Math.min(problem.weight(i), Math.max(0, lambda[i] - step * g));
			}
		}
	}

	private void consider(int[] sites, long deadlineNanos, long lastFingerprint) {
		double value = problem.value(sites);
		if (value > bestValue) {
			bestValue = value;
			bestSites = sites.clone();
		}
		// Polish only relaxed solutions close to the best one and not just polished.
		if (value >= 0.97 * bestValue && fingerprint(sites) != lastFingerprint) {
			int[] improved = SwapSearch.improve(problem, sites, deadlineNanos);
			double improvedValue = problem.value(improved);
			if (improvedValue > bestValue) {
				bestValue = improvedValue;
				bestSites = improved;
			}
		}
	}

	private static long fingerprint(int[] sites) {
		int[] sorted = sites.clone();
		Arrays.sort(sorted);
		return Arrays.hashCode(sorted);
	}

	/**
	 * True when no better solution can exist: the bound is reached, or (integer weights)
	 * the bound rounded down is.
	 */
	public boolean closed() {
		if (bestBound == Double.POSITIVE_INFINITY) {
			return false;
		}
		if (bestBound - bestValue <= 1e-9 * Math.max(1, bestBound)) {
			return true;
		}
		return integerWeights() && Math.floor(bestBound + 1e-7) <= bestValue + 1e-7;
	}

	private Boolean integral;

	private boolean integerWeights() {
		if (integral == null) {
			boolean all = true;
			for (int i = 0; i < problem.demandCount() && all; i++) {
				all = problem.weight(i) == Math.rint(problem.weight(i));
			}
			integral = all;
		}
		return integral;
	}

	/** The p highest scores' sites (selection by partial sort of indices). */
	static int[] topSites(double[] score, int p) {
		Integer[] order = new Integer[score.length];
		for (int j = 0; j < score.length; j++) {
			order[j] = j;
		}
		Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
		int[] top = new int[p];
		for (int k = 0; k < p; k++) {
			top[k] = order[k];
		}
		return top;
	}

	/** The best upper bound found (integer weights: rounded down). */
	public double bound() {
		double bound = Math.max(bestBound, bestValue);
		return integerWeights() ? Math.max(bestValue, Math.floor(bound + 1e-7)) : bound;
	}

	public double value() {
		return bestValue;
	}

	public int[] sites() {
		return bestSites.clone();
	}

	public int iterations() {
		return iterations;
	}

}
