package org.bluehelmet.posture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

/**
 * The maximal covering location problem as a mixed-integer programme (Church & ReVelle
 * 1974) through OR-Tools' linear solver wrapper: its linear relaxation solved by GLOP,
 * and the integer programme solved by SCIP.
 */
final class LinearCover {

	private LinearCover() {
	}

	/**
	 * The linear relaxation's optimum.
	 *
	 * @param bound its value, an upper bound on the integer optimum
	 * @param siteValues each site's fractional value
	 * @param reducedCosts each site's reduced cost (how much forcing it open would cost)
	 */
	record Relaxation(double bound, double[] siteValues, double[] reducedCosts) {

		/** The p sites of largest fractional value: a starting solution. */
		int[] rounded(int p) {
			return IntStream.range(0, siteValues.length)
				.boxed()
				.sorted((a, b) -> Double.compare(siteValues[b], siteValues[a]))
				.limit(p)
				.mapToInt(Integer::intValue)
				.toArray();
		}

		/**
		 * Sites open or fractional in the relaxation, with the given ones, in increasing
		 * order.
		 */
		int[] support(int[] also) {
			java.util.TreeSet<Integer> sites = new java.util.TreeSet<>();
			for (int j = 0; j < siteValues.length; j++) {
				if (siteValues[j] > 1e-9) {
					sites.add(j);
				}
			}
			for (int j : also) {
				sites.add(j);
			}
			return sites.stream().mapToInt(Integer::intValue).toArray();
		}

		/**
		 * Sites that may be part of a solution better than {@code incumbent}: those that
		 * are fractional or open in the relaxation, and those whose reduced cost does not
		 * push the bound below the incumbent when forced open (reduced-cost fixing,
		 * Nemhauser & Wolsey 1988).
		 * @param improvement how much a better solution must gain (1 for integer weights)
		 */
		int[] sitesWorthKeeping(double incumbent, double improvement) {
			return IntStream.range(0, siteValues.length)
				.filter(j -> siteValues[j] > 1e-9
						|| bound - Math.abs(reducedCosts[j]) >= incumbent + improvement - 1e-6)
				.toArray();
		}

	}

	/**
	 * Solves the linear relaxation, or returns null when GLOP does not finish in time.
	 */
	static Relaxation relax(CoverProblem problem, double seconds) {
		CpSatCover.loadNativeLibraries();
		MPSolver solver = MPSolver.createSolver("GLOP");
		try {
			MPVariable[] site = build(solver, problem, false);
			solver.setTimeLimit(Math.max(1, (long) (seconds * 1000)));
			if (solver.solve() != MPSolver.ResultStatus.OPTIMAL) {
				return null;
			}
			double[] values = Arrays.stream(site).mapToDouble(MPVariable::solutionValue).toArray();
			double[] reduced = Arrays.stream(site).mapToDouble(MPVariable::reducedCost).toArray();
			return new Relaxation(solver.objective().value(), values, reduced);
		}
		finally {
			solver.delete();
		}
	}

	/**
	 * Solves the integer programme with SCIP from a hint within a time limit; null when
	 * SCIP is not in this build of OR-Tools.
	 */
	static CoverSolution solve(CoverProblem problem, int[] hint, double seconds) {
		CpSatCover.loadNativeLibraries();
		long started = System.nanoTime();
		MPSolver solver = MPSolver.createSolver("SCIP");
		if (solver == null) {
			return null;
		}
		try {
			MPVariable[] site = build(solver, problem, true);
			double[] hinted = new double[site.length];
			for (int j : hint) {
				hinted[j] = 1;
			}
			solver.setHint(site, hinted);
			solver.setTimeLimit(Math.max(1, (long) (seconds * 1000)));
			// SCIP stops at a relative gap of 1e-4 by default; the planner wants the
			// proof.
			MPSolverParameters parameters = new MPSolverParameters();
			parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
			MPSolver.ResultStatus status = solver.solve(parameters);
			int[] chosen = hint.clone();
			double bound = Double.POSITIVE_INFINITY;
			if (status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE) {
				int[] found = IntStream.range(0, site.length).filter(j -> site[j].solutionValue() > 0.5).toArray();
				if (problem.value(found) >= problem.value(chosen)) {
					chosen = found;
				}
				bound = solver.objective().bestBound();
			}
			double objective = problem.value(chosen);
			if (status == MPSolver.ResultStatus.OPTIMAL) {
				// SCIP's default gap tolerance is relative; its bound, not "optimal", is
				// the proof.
				bound = Math.max(objective, bound);
			}
			return new CoverSolution(objective, Math.max(objective, bound), chosen, (System.nanoTime() - started) / 1e9,
					"SCIP (" + status.name().toLowerCase() + ")");
		}
		finally {
			solver.delete();
		}
	}

	private static MPVariable[] build(MPSolver solver, CoverProblem problem, boolean integer) {
		MPVariable[] site = new MPVariable[problem.siteCount()];
		for (int j = 0; j < site.length; j++) {
			site[j] = integer ? solver.makeBoolVar("x" + j) : solver.makeNumVar(0, 1, "x" + j);
		}
		int[] start = problem.coveringStart();
		int[] covering = problem.covering();
		MPObjective objective = solver.objective();
		for (int i = 0; i < problem.demandCount(); i++) {
			if (start[i] == start[i + 1]) {
				continue;
			}
			// y_i may stay continuous: with integer sites it is 1 exactly where covered.
			MPVariable y = solver.makeNumVar(0, 1, "y" + i);
			objective.setCoefficient(y, problem.weight(i));
			MPConstraint reach = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
			reach.setCoefficient(y, 1);
			for (int k = start[i]; k < start[i + 1]; k++) {
				reach.setCoefficient(site[covering[k]], -1);
			}
		}
		MPConstraint count = solver.makeConstraint(0, problem.p());
		for (MPVariable x : site) {
			count.setCoefficient(x, 1);
		}
		objective.setMaximization();
		return site;
	}

	/** The problem restricted to some sites (demand unchanged), and back. */
	record Restricted(CoverProblem problem, int[] sites) {

		static Restricted of(CoverProblem full, int[] keep) {
			List<int[]> rows = new ArrayList<>(keep.length);
			for (int j : keep) {
				int[] row = new int[full.coverEnd(j) - full.coverStart(j)];
				for (int k = full.coverStart(j); k < full.coverEnd(j); k++) {
					row[k - full.coverStart(j)] = full.coveredAt(k);
				}
				rows.add(row);
			}
			double[] weights = new double[full.demandCount()];
			for (int i = 0; i < weights.length; i++) {
				weights[i] = full.weight(i);
			}
			return new Restricted(CoverProblem.of(weights, rows, full.p()), keep);
		}

		int[] toFull(int[] local) {
			return Arrays.stream(local).map(j -> sites[j]).toArray();
		}

		int[] toLocal(int[] full) {
			List<Integer> local = new ArrayList<>();
			for (int j : full) {
				int at = Arrays.binarySearch(sites, j);
				if (at >= 0) {
					local.add(at);
				}
			}
			return local.stream().mapToInt(Integer::intValue).toArray();
		}

	}

}
