package org.bluehelmet.posture;

import java.util.ArrayList;
import java.util.List;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;

/**
 * The maximal covering location problem solved exactly with OR-Tools' CP-SAT: a Boolean
 * per site and per demand point, {@code y_i -> OR of the sites covering i}, at most p
 * sites, maximise the covered weight. CP-SAT wants integer objective coefficients, so
 * weights are scaled and rounded; the rounding error is added to the bound, which stays a
 * true upper bound.
 */
final class CpSatCover {

	private static volatile boolean loaded;

	private CpSatCover() {
	}

	/** Loads OR-Tools' native library once (it is unpacked from the jar). */
	public static void loadNativeLibraries() {
		if (!loaded) {
			synchronized (CpSatCover.class) {
				if (!loaded) {
					Loader.loadNativeLibraries();
					loaded = true;
				}
			}
		}
	}

	/**
	 * Solves within a time limit.
	 * @param problem the problem
	 * @param hint sites of a known good solution, or an empty array
	 * @param seconds the time limit
	 * @param workers CP-SAT's search workers
	 * @return the best solution found, its objective in the problem's own weights, and
	 * the bound CP-SAT proved
	 */
	public static CoverSolution solve(CoverProblem problem, int[] hint, double seconds, int workers) {
		loadNativeLibraries();
		long started = System.nanoTime();
		double scale = scale(problem);
		CpModel model = new CpModel();
		BoolVar[] site = new BoolVar[problem.siteCount()];
		for (int j = 0; j < site.length; j++) {
			site[j] = model.newBoolVar("x" + j);
		}
		int[] start = problem.coveringStart();
		int[] covering = problem.covering();
		List<BoolVar> demandVars = new ArrayList<>();
		List<Long> coefficients = new ArrayList<>();
		double roundingError = 0;
		for (int i = 0; i < problem.demandCount(); i++) {
			long coefficient = Math.round(problem.weight(i) * scale);
			roundingError += Math.abs(problem.weight(i) - coefficient / scale);
			if (start[i] == start[i + 1] || coefficient == 0) {
				continue;
			}
			BoolVar y = model.newBoolVar("y" + i);
			Literal[] clause = new Literal[start[i + 1] - start[i] + 1];
			clause[0] = y.not();
			for (int k = start[i]; k < start[i + 1]; k++) {
				clause[k - start[i] + 1] = site[covering[k]];
			}
			model.addBoolOr(clause);
			demandVars.add(y);
			coefficients.add(coefficient);
		}
		model.addLessOrEqual(LinearExpr.sum(site), Math.min(problem.p(), site.length));
		model.maximize(LinearExpr.weightedSum(demandVars.toArray(BoolVar[]::new),
				coefficients.stream().mapToLong(Long::longValue).toArray()));
		for (int j : hint) {
			model.addHint(site[j], 1);
		}
		CpSolver solver = new CpSolver();
		solver.getParameters().setMaxTimeInSeconds(Math.max(0.01, seconds)).setNumWorkers(Math.max(1, workers));
		CpSolverStatus status = solver.solve(model);
		int[] chosen;
		double bound;
		if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
			chosen = java.util.stream.IntStream.range(0, site.length)
				.filter(j -> solver.booleanValue(site[j]))
				.toArray();
			bound = solver.bestObjectiveBound() / scale + roundingError;
		}
		else {
			chosen = hint.clone();
			bound = Double.POSITIVE_INFINITY;
		}
		double objective = problem.value(chosen);
		if (status == CpSolverStatus.OPTIMAL && roundingError == 0) {
			bound = objective;
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		return new CoverSolution(objective, Math.max(objective, bound), chosen, elapsed,
				"CP-SAT (" + status.name().toLowerCase() + ")");
	}

	/** 1 for integer weights; otherwise a power of ten keeping the total below 2^50. */
	private static double scale(CoverProblem problem) {
		boolean integral = true;
		for (int i = 0; i < problem.demandCount() && integral; i++) {
			integral = problem.weight(i) == Math.rint(problem.weight(i));
		}
		double total = problem.totalWeight();
		if (integral && total < 0x1p50) {
			return 1;
		}
		double scale = 1;
		while (total * scale * 10 < 0x1p50 && scale < 1e9) {
			scale *= 10;
		}
		while (total * scale >= 0x1p50) {
			scale /= 10;
		}
		return scale;
	}

}
