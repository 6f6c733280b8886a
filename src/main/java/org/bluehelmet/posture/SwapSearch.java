package org.bluehelmet.posture;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Greedy construction and vertex-substitution local search for the maximal covering
 * location problem: the greedy adding heuristic of Church & ReVelle (1974), then swaps of
 * a chosen site for an unchosen one, best first, until no swap gains (the interchange of
 * Teitz & Bart 1968, with the fast gain bookkeeping of Whitaker 1983 / Resende & Werneck
 * 2004 adapted to coverage: each demand point keeps how many chosen sites cover it and
 * the sum of their indices, which names the single one when the count is one).
 */
final class SwapSearch {

	private final CoverProblem problem;

	private final int[] count;

	private final long[] coverSum;

	private final boolean[] chosen;

	private int[] selected;

	private double value;

	private SwapSearch(CoverProblem problem) {
		this.problem = problem;
		this.count = new int[problem.demandCount()];
		this.coverSum = new long[problem.demandCount()];
		this.chosen = new boolean[problem.siteCount()];
		this.selected = new int[0];
	}

	/** The greedy solution (lazy evaluation of marginal gains, which only fall). */
	public static int[] greedy(CoverProblem problem) {
		SwapSearch state = new SwapSearch(problem);
		PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(b[0], a[0]));
		for (int j = 0; j < problem.siteCount(); j++) {
			queue.add(new double[] { state.gainOf(j), j });
		}
		while (state.selected.length < Math.min(problem.p(), problem.siteCount()) && !queue.isEmpty()) {
			double[] top = queue.poll();
			int j = (int) top[1];
			double fresh = state.gainOf(j);
			if (queue.isEmpty() || fresh >= queue.peek()[0] - 1e-12) {
				state.add(j);
			}
			else {
				queue.add(new double[] { fresh, j });
			}
		}
		return state.selected.clone();
	}

	/**
	 * Improves a solution by swaps until none gains, or the deadline passes.
	 * @param start the sites to start from (at most p)
	 * @param deadlineNanos {@link System#nanoTime()} after which to stop
	 * @return the improved sites
	 */
	public static int[] improve(CoverProblem problem, int[] start, long deadlineNanos) {
		SwapSearch state = new SwapSearch(problem);
		for (int j : start) {
			state.add(j);
		}
		// Fill up to p first: an unused site can only help.
		for (int[] fill = greedyFill(state); fill.length > 0; fill = greedyFill(state)) {
			state.add(fill[0]);
		}
		while (System.nanoTime() < deadlineNanos && state.bestSwap()) {
			// each pass applies the best swap found
		}
		return state.selected.clone();
	}

	private static int[] greedyFill(SwapSearch state) {
		if (state.selected.length >= Math.min(state.problem.p(), state.problem.siteCount())) {
			return new int[0];
		}
		int best = -1;
		double bestGain = -1;
		for (int j = 0; j < state.problem.siteCount(); j++) {
			if (!state.chosen[j]) {
				double gain = state.gainOf(j);
				if (gain > bestGain) {
					bestGain = gain;
					best = j;
				}
			}
		}
		return best < 0 ? new int[0] : new int[] { best };
	}

	private double gainOf(int site) {
		double gain = 0;
		for (int k = problem.coverStart(site); k < problem.coverEnd(site); k++) {
			int i = problem.coveredAt(k);
			if (count[i] == 0) {
				gain += problem.weight(i);
			}
		}
		return gain;
	}

	private void add(int site) {
		chosen[site] = true;
		selected = Arrays.copyOf(selected, selected.length + 1);
		selected[selected.length - 1] = site;
		for (int k = problem.coverStart(site); k < problem.coverEnd(site); k++) {
			int i = problem.coveredAt(k);
			if (count[i]++ == 0) {
				value += problem.weight(i);
			}
			coverSum[i] += site;
		}
	}

	private void remove(int site) {
		chosen[site] = false;
		int[] kept = new int[selected.length - 1];
		int n = 0;
		for (int j : selected) {
			if (j != site) {
				kept[n++] = j;
			}
		}
		selected = kept;
		for (int k = problem.coverStart(site); k < problem.coverEnd(site); k++) {
			int i = problem.coveredAt(k);
			if (--count[i] == 0) {
				value -= problem.weight(i);
			}
			coverSum[i] -= site;
		}
	}

	/** Finds the best single swap and applies it if it gains; says whether it did. */
	private boolean bestSwap() {
		double[] loss = new double[problem.siteCount()];
		for (int s : selected) {
			for (int k = problem.coverStart(s); k < problem.coverEnd(s); k++) {
				int i = problem.coveredAt(k);
				if (count[i] == 1) {
					loss[s] += problem.weight(i);
				}
			}
		}
		double[] extra = new double[problem.siteCount()];
		double bestDelta = 1e-9 * Math.max(1, value);
		int bestIn = -1;
		int bestOut = -1;
		for (int j = 0; j < problem.siteCount(); j++) {
			if (chosen[j]) {
				continue;
			}
			double gain = 0;
			for (int k = problem.coverStart(j); k < problem.coverEnd(j); k++) {
				int i = problem.coveredAt(k);
				if (count[i] == 0) {
					gain += problem.weight(i);
				}
				else if (count[i] == 1) {
					extra[(int) coverSum[i]] += problem.weight(i);
				}
			}
			for (int s : selected) {
				double delta = gain + extra[s] - loss[s];
				if (delta > bestDelta) {
					bestDelta = delta;
					bestIn = j;
					bestOut = s;
				}
				extra[s] = 0;
			}
		}
		if (bestIn < 0) {
			return false;
		}
		remove(bestOut);
		add(bestIn);
		return true;
	}

}
