package org.bluehelmet.posture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;

/**
 * The planner's CP-SAT model of where TOBs go (the maximal covering location problem of
 * Church &amp; ReVelle 1974 with side constraints, and Hogan &amp; ReVelle's 1986 backup
 * coverage): the variables, one method per constraint, the objective, and the answer.
 * {@link PosturePlanner} says what the problem is; this says how CP-SAT is told it.
 */
final class TobPlacementModel {

	/** People at risk in hundredths: CP-SAT wants integer weights. */
	private static final double SCALE = 100;

	/** A backup-coverage term: cells a camp reaches fewer than twice. */
	record Backup(double weight, int needed, int[] sites) {
	}

	/** The TOBs opened ({site, source}), the people newly reached, a bound on them. */
	record Solved(List<int[]> opened, double objective, double bound, String method) {
	}

	private final CpModel model = new CpModel();

	private final CoverProblem problem;

	private final List<Backup> backups;

	private final List<int[]> allowedSources;

	/**
	 * {@code z[j][k]}: a company of the k-th source allowed at site j opens a TOB there.
	 */
	private final BoolVar[][] z;

	/**
	 * Objective terms (reached demand, backup coverage) and their weights in hundredths.
	 */
	private final List<Literal> terms = new ArrayList<>();

	private final List<Long> weights = new ArrayList<>();

	/** How far the weights' rounding to hundredths may move the objective. */
	private double rounding;

	/**
	 * @param problem the demand classes and which candidate sites reach each
	 * @param backups backup-coverage terms (empty without a backup weight)
	 * @param allowedSources per site, the sources (camps, added troops) that may man it
	 */
	TobPlacementModel(CoverProblem problem, List<Backup> backups, List<int[]> allowedSources) {
		this.problem = problem;
		this.backups = backups;
		this.allowedSources = allowedSources;
		this.z = new BoolVar[allowedSources.size()][];
		for (int j = 0; j < z.length; j++) {
			int[] allowed = allowedSources.get(j);
			z[j] = new BoolVar[allowed.length];
			for (int k = 0; k < allowed.length; k++) {
				z[j][k] = model.newBoolVar("z" + j + "_" + allowed[k]);
			}
		}
	}

	/** Each site holds at most one TOB: {@code sum_k z[j][k] <= 1}. */
	TobPlacementModel oneTobPerSite() {
		for (BoolVar[] site : z) {
			model.addAtMostOne(site);
		}
		return this;
	}

	/** A source mans at most as many TOBs as it has spare companies. */
	TobPlacementModel companiesPerSource(List<Integer> companies) {
		for (int s = 0; s < companies.size(); s++) {
			model.addLessOrEqual(LinearExpr.sum(bySource(s)), companies.get(s));
		}
		return this;
	}

	/** At most {@code most} TOBs in all. */
	TobPlacementModel atMostTobs(int most) {
		model.addLessOrEqual(LinearExpr.sum(Arrays.stream(z).flatMap(Arrays::stream).toArray(BoolVar[]::new)), most);
		return this;
	}

	/**
	 * Demand class i counts as reached only if a TOB that reaches it opens:
	 * {@code y_i -> OR z[j] over sites j reaching i}; its people at risk enter the
	 * objective.
	 */
	TobPlacementModel reachedOnlyByAnOpenTob() {
		int[] start = problem.coveringStart();
		int[] covering = problem.covering();
		for (int i = 0; i < problem.demandCount(); i++) {
			BoolVar reached = model.newBoolVar("y" + i);
			List<Literal> clause = new ArrayList<>();
			clause.add(reached.not());
			for (int k = start[i]; k < start[i + 1]; k++) {
				clause.addAll(Arrays.asList(z[covering[k]]));
			}
			model.addBoolOr(clause.toArray(Literal[]::new));
			objectiveTerm(reached, problem.weight(i));
		}
		return this;
	}

	/**
	 * A cell reached by fewer than two camps gains its backup weight when enough TOBs
	 * also reach it: {@code needed * b <= sum z over TOBs reaching it}.
	 */
	TobPlacementModel backupCoverage() {
		for (Backup backup : backups) {
			BoolVar backedUp = model.newBoolVar("b");
			List<BoolVar> reaching = new ArrayList<>();
			for (int j : backup.sites()) {
				reaching.addAll(Arrays.asList(z[j]));
			}
			model.addLessOrEqual(LinearExpr.term(backedUp, backup.needed()),
					LinearExpr.sum(reaching.toArray(BoolVar[]::new)));
			objectiveTerm(backedUp, backup.weight());
		}
		return this;
	}

	/**
	 * Starts CP-SAT from the greedy sites, each manned by its first allowed source with
	 * companies left.
	 */
	TobPlacementModel startFrom(int[] greedySites, List<Integer> companies) {
		int[] left = companies.stream().mapToInt(Integer::intValue).toArray();
		for (int j : greedySites) {
			int[] allowed = allowedSources.get(j);
			for (int k = 0; k < allowed.length; k++) {
				if (left[allowed[k]] > 0) {
					left[allowed[k]]--;
					model.addHint(z[j][k], 1);
					break;
				}
			}
		}
		return this;
	}

	/** Maximises the people newly reached within {@code seconds}. */
	Solved solve(double seconds) {
		model.maximize(LinearExpr.weightedSum(terms.toArray(Literal[]::new),
				weights.stream().mapToLong(Long::longValue).toArray()));
		CpSolver solver = new CpSolver();
		solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(4);
		CpSolverStatus status = solver.solve(model);
		String method = "CP-SAT (" + status.name().toLowerCase() + ")";
		if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
			return new Solved(List.of(), 0, problem.totalWeight(), method);
		}
		List<int[]> opened = new ArrayList<>();
		List<Integer> sites = new ArrayList<>();
		for (int j = 0; j < z.length; j++) {
			for (int k = 0; k < z[j].length; k++) {
				if (solver.booleanValue(z[j][k])) {
					opened.add(new int[] { j, allowedSources.get(j)[k] });
					sites.add(j);
				}
			}
		}
		double objective = problem.value(sites.stream().mapToInt(Integer::intValue).toArray())
				+ backupValue(backups, sites);
		double bound = status == CpSolverStatus.OPTIMAL && rounding == 0 ? objective
				: Math.max(objective, solver.bestObjectiveBound() / SCALE + rounding);
		return new Solved(opened, objective, bound, method);
	}

	/** The backup weight the opened sites earn. */
	static double backupValue(List<Backup> backups, List<Integer> opened) {
		double value = 0;
		for (Backup backup : backups) {
			long reaching = Arrays.stream(backup.sites()).filter(opened::contains).count();
			if (reaching >= backup.needed()) {
				value += backup.weight();
			}
		}
		return value;
	}

	private BoolVar[] bySource(int source) {
		List<BoolVar> manned = new ArrayList<>();
		for (int j = 0; j < z.length; j++) {
			int[] allowed = allowedSources.get(j);
			for (int k = 0; k < allowed.length; k++) {
				if (allowed[k] == source) {
					manned.add(z[j][k]);
				}
			}
		}
		return manned.toArray(BoolVar[]::new);
	}

	private void objectiveTerm(Literal term, double weight) {
		long scaled = Math.round(weight * SCALE);
		rounding += Math.abs(weight - scaled / SCALE);
		terms.add(term);
		weights.add(scaled);
	}

}
