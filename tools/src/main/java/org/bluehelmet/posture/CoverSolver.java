package org.bluehelmet.posture;

import java.util.function.Consumer;

/**
 * Solves a maximal covering location problem as well as the time allows, always with a
 * bound:
 * <ol>
 * <li>demand points covered by the same sites are merged (often tenfold fewer);</li>
 * <li>greedy construction and swap local search ({@link SwapSearch});</li>
 * <li>the linear relaxation (GLOP) for the bound, its rounding polished by swaps, and
 * reduced-cost fixing of the sites that cannot be in a better solution;</li>
 * <li>while a gap is left, the integer programme on the remaining sites with SCIP,
 * started from the best solution;</li>
 * <li>for problems too large for the relaxation in its share of the time, Lagrangian
 * relaxation ({@link LagrangianCover}) gives the bound instead.</li>
 * </ol>
 */
public final class CoverSolver {

	/** Merged coverage entries beyond which the linear relaxation is not tried. */
	private static final long LINEAR_LIMIT = 20_000_000;

	private final Consumer<String> progress;

	public CoverSolver() {
		this(step -> {
		});
	}

	/**
	 * @param progress told each step as it ends (the incumbent and the bound so far), for
	 * the terminal on long solves
	 */
	public CoverSolver(Consumer<String> progress) {
		this.progress = progress;
	}

	public CoverSolution solve(CoverProblem problem, double timeLimitSeconds) {
		long started = System.nanoTime();
		long deadline = started + (long) (timeLimitSeconds * 1e9);
		CoverProblem merged = problem.aggregated();
		int p = Math.min(merged.p(), merged.siteCount());
		tell(started, merged.demandCount() + " demand classes, " + merged.siteCount() + " sites");
		int[] best = SwapSearch.improve(merged, SwapSearch.greedy(merged), deadline);
		tell(started, "greedy and swaps: " + merged.value(best));
		boolean integral = integerWeights(merged);
		double improvement = integral ? 1 : 1e-9 * Math.max(1, merged.totalWeight());
		LinearCover.Relaxation relaxation = merged.coverageSize() <= LINEAR_LIMIT
				? LinearCover.relax(merged, 0.5 * secondsLeft(deadline)) : null;
		double bound;
		StringBuilder method = new StringBuilder("greedy + swaps");
		if (relaxation != null) {
			bound = relaxation.bound();
			method.append(" + linear relaxation");
			int[] rounded = SwapSearch.improve(merged, relaxation.rounded(p), deadline);
			if (merged.value(rounded) > merged.value(best)) {
				best = rounded;
			}
		}
		else {
			LagrangianCover lagrangian = new LagrangianCover(merged, best);
			lagrangian.run(started + (long) (timeLimitSeconds * 0.5e9), 2000);
			best = lagrangian.sites();
			bound = lagrangian.bound();
			method.append(" + Lagrangian relaxation (").append(lagrangian.iterations()).append(" iterations)");
		}
		bound = roundDown(bound, integral);
		double objective = merged.value(best);
		tell(started, method + ": " + objective + ", bound " + bound);
		if (bound - objective >= improvement - 1e-9 && relaxation != null && secondsLeft(deadline) > 0.05) {
			// The relaxation's support usually holds an optimal solution: solved first,
			// it gives an
			// incumbent good enough for reduced-cost fixing to remove most sites.
			int[] support = relaxation.support(best);
			LinearCover.Restricted onSupport = LinearCover.Restricted.of(merged, support);
			CoverSolution supported = LinearCover.solve(onSupport.problem(), onSupport.toLocal(sorted(best)),
					0.25 * secondsLeft(deadline));
			if (supported != null && merged.value(onSupport.toFull(supported.selected())) > objective) {
				best = onSupport.toFull(supported.selected());
				objective = merged.value(best);
				method.append(" + support of the relaxation");
			}
			int[] keep = relaxation.sitesWorthKeeping(objective, improvement);
			tell(started, "SCIP on the " + keep.length + " sites that may improve on " + objective + "…");
			LinearCover.Restricted restricted = LinearCover.Restricted.of(merged, keep);
			CoverSolution exact = LinearCover.solve(restricted.problem(), restricted.toLocal(sorted(best)),
					secondsLeft(deadline));
			if (exact != null) {
				int[] found = restricted.toFull(exact.selected());
				if (merged.value(found) > objective) {
					best = found;
					objective = merged.value(found);
				}
				// Fixed sites cannot improve on the incumbent, so the restricted bound
				// holds for all.
				bound = Math.min(bound, Math.max(objective, roundDown(exact.bound(), integral)));
				method.append(" + reduced-cost fixing (")
					.append(keep.length)
					.append(" of ")
					.append(merged.siteCount())
					.append(" sites kept) + ")
					.append(exact.method());
			}
		}
		objective = problem.value(best);
		return new CoverSolution(objective, Math.max(objective, bound), best, (System.nanoTime() - started) / 1e9,
				method.toString());
	}

	private void tell(long started, String step) {
		progress.accept(String.format(java.util.Locale.ROOT, "%6.2f s  %s", (System.nanoTime() - started) / 1e9, step));
	}

	private static int[] sorted(int[] sites) {
		int[] copy = sites.clone();
		java.util.Arrays.sort(copy);
		return copy;
	}

	private static double secondsLeft(long deadline) {
		return Math.max(0, (deadline - System.nanoTime()) / 1e9);
	}

	/** With integer weights, no solution is worth a fraction: bounds round down. */
	private static double roundDown(double bound, boolean integral) {
		return integral ? Math.floor(bound + 1e-6) : bound;
	}

	static boolean integerWeights(CoverProblem problem) {
		for (int i = 0; i < problem.demandCount(); i++) {
			if (problem.weight(i) != Math.rint(problem.weight(i))) {
				return false;
			}
		}
		return true;
	}

}
