package org.bluehelmet.posture;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Where TOBs should go: a maximal covering location model with side constraints, solved
 * with CP-SAT. Camps stay and protect what they reach; each TOB is a company from a
 * camp's troops beyond its garrison (or from added troops), resupplied from a camp within
 * road distance, allowed by that camp's contingents' caveats ({@link Caveats}: sectors
 * they will not serve in; troops that will not operate at night stay in camp), and inside
 * casualty-evacuation reach; at most so many TOBs. Maximise people at risk newly within
 * reach.
 *
 * <p>
 * Variables: {@code z[s][j]} a company of source s (a camp, or the added troops) opens
 * TOB j; {@code y_i} demand class i is reached. {@code sum_s z[s][j] <= 1}; per source at
 * most its companies; {@code y_i -> OR z[s][j] over TOBs j reaching i}; demand classes
 * are the merged points of {@link CoverProblem#aggregated()}. With a backup weight &beta;
 * &gt; 0 (Hogan &amp; ReVelle 1986, "Concepts and applications of backup coverage"), each
 * cell a camp reaches at most once also gets {@code b_i} with
 * {@code (2 - camps reaching i) * b_i <= sum z over TOBs reaching i}, and the objective
 * adds {@code beta * people at risk * b_i}.
 */
final class PosturePlanner {

	/** The name of the source of added troops. */
	public static final String ADDED_TROOPS = "added troops";

	private final Travel travel;

	private final PlanningRules rules;

	public PosturePlanner(Travel travel, PlanningRules rules) {
		this.travel = travel;
		this.rules = rules;
	}

	/**
	 * The TOBs chosen and how good the choice is.
	 *
	 * @param tobs the TOBs, each with the camp supplying it
	 * @param troopsFrom for each TOB, the camp whose spare company holds it, or
	 * {@link #ADDED_TROOPS}
	 * @param candidatesConsidered candidates that passed the casualty-evacuation and
	 * resupply rules
	 * @param candidatesOutsideCasevac candidates left out for lack of 10-1-2 reach
	 * @param objective people at risk newly within reach
	 * @param bound an upper bound on it
	 * @param seconds time taken
	 * @param method the solver and its status
	 */
	public record Plan(List<PostureSite> tobs, List<String> troopsFrom, int candidatesConsidered,
			int candidatesOutsideCasevac, double objective, double bound, double seconds, String method) {

		public double gap() {
			return bound <= 0 ? 0 : Math.max(0, (bound - objective) / bound);
		}

	}

	/**
	 * @param demand the mission area's cells
	 * @param camps the camps as they stand
	 * @param candidates places a TOB could open
	 * @param casevacOk whether a candidate is within 10-1-2 reach
	 * @param caveats per camp, sectors its contingents will not serve in and troops that
	 * will not operate at night
	 * @param seconds time limit
	 */
	public Plan plan(List<DemandCell> demand, List<PostureSite> camps, List<PostureSite> candidates,
			Predicate<PostureSite> casevacOk, Caveats caveats, double seconds) {
		long started = System.nanoTime();
		CpSatCover.loadNativeLibraries();
		// Demand the camps already reach needs no TOB.
		List<DemandCell> open = demand.stream()
			.filter(d -> d.peopleAtRisk() > 0)
			.filter(d -> camps.stream().noneMatch(c -> reaches(c, d)))
			.toList();
		List<String> sources = new ArrayList<>();
		List<Integer> companies = new ArrayList<>();
		for (PostureSite camp : camps) {
			int spare = caveats.spareCompanies(camp, rules);
			if (spare > 0) {
				sources.add(camp.name());
				companies.add(spare);
			}
		}
		if (rules.addedTroops() >= rules.companySize()) {
			sources.add(ADDED_TROOPS);
			companies.add(rules.addedTroops() / rules.companySize());
		}
		int outsideCasevac = 0;
		List<PostureSite> usable = new ArrayList<>();
		List<int[]> allowedSources = new ArrayList<>();
		for (PostureSite candidate : candidates) {
			if (!casevacOk.test(candidate)) {
				outsideCasevac++;
				continue;
			}
			int[] allowed = IntStream.range(0, sources.size())
				.filter(s -> mayMan(sources.get(s), candidate, camps, caveats))
				.toArray();
			if (allowed.length > 0) {
				usable.add(candidate);
				allowedSources.add(allowed);
			}
		}
		List<int[]> rows = new ArrayList<>();
		for (PostureSite candidate : usable) {
			rows.add(IntStream.range(0, open.size()).filter(i -> reaches(candidate, open.get(i))).toArray());
		}
		double[] weights = open.stream().mapToDouble(DemandCell::peopleAtRisk).toArray();
		int p = Math.min(rules.maxTobs(), companies.stream().mapToInt(Integer::intValue).sum());
		CoverProblem merged = CoverProblem.of(weights, rows, p).aggregated();
		List<TobPlacementModel.Backup> backups = backups(demand, camps, usable);
		TobPlacementModel.Solved solved = solve(merged, backups, usable, companies, allowedSources, p,
				Math.max(0.1, seconds - (System.nanoTime() - started) / 1e9));
		List<PostureSite> tobs = new ArrayList<>();
		List<String> troopsFrom = new ArrayList<>();
		for (int[] pair : solved.opened()) {
			PostureSite at = usable.get(pair[0]);
			String source = sources.get(pair[1]);
			String supplier = source.equals(ADDED_TROOPS) ? nearestCamp(at, camps) : source;
			tobs.add(new PostureSite(at.name(), PostureSite.Kind.TOB, at.position(), at.gid(), at.sector(),
					rules.companySize(), false, false, supplier));
			troopsFrom.add(source);
		}
		return new Plan(tobs, troopsFrom, usable.size(), outsideCasevac, solved.objective(), solved.bound(),
				(System.nanoTime() - started) / 1e9, solved.method());
	}

	/**
	 * The cells a TOB could give their second site: people at risk there times the backup
	 * weight, how many TOBs each needs for that (2 minus the camps reaching it), and the
	 * usable candidates that reach it.
	 */
	private List<TobPlacementModel.Backup> backups(List<DemandCell> demand, List<PostureSite> camps,
			List<PostureSite> usable) {
		double beta = rules.backupWeight();
		if (beta <= 0) {
			return List.of();
		}
		List<TobPlacementModel.Backup> backups = new ArrayList<>();
		for (DemandCell cell : demand) {
			long reachedBy = camps.stream().filter(c -> reaches(c, cell)).limit(2).count();
			if (cell.peopleAtRisk() <= 0 || reachedBy >= 2) {
				continue;
			}
			int[] sites = IntStream.range(0, usable.size()).filter(j -> reaches(usable.get(j), cell)).toArray();
			if (sites.length >= 2 - reachedBy) {
				backups.add(new TobPlacementModel.Backup(beta * cell.peopleAtRisk(), (int) (2 - reachedBy), sites));
			}
		}
		return backups;
	}

	/** Whether a site's troops reach a cell within the response time. */
	public boolean reaches(PostureSite site, DemandCell demand) {
		return travel.roadMinutes(site.position(), demand.cell()) <= rules.responseMinutes();
	}

	private boolean mayMan(String source, PostureSite candidate, List<PostureSite> camps, Caveats caveats) {
		if (source.equals(ADDED_TROOPS)) {
			return camps.stream()
				.anyMatch(c -> travel.roadKm(c.position(), candidate.position()) <= rules.resupplyKm());
		}
		PostureSite camp = camps.stream().filter(c -> c.name().equals(source)).findFirst().orElseThrow();
		return travel.roadKm(camp.position(), candidate.position()) <= rules.resupplyKm()
				&& !caveats.refuses(source, candidate.sector());
	}

	private String nearestCamp(PostureSite at, List<PostureSite> camps) {
		PostureSite best = null;
		for (PostureSite camp : camps) {
			if (best == null || camp.position().distanceKm(at.position()) < best.position().distanceKm(at.position())) {
				best = camp;
			}
		}
		return best == null ? null : best.name();
	}

	/**
	 * The model built constraint by constraint ({@link TobPlacementModel}) and solved;
	 * nothing to place when no TOB may open or no demand is left.
	 */
	private static TobPlacementModel.Solved solve(CoverProblem problem, List<TobPlacementModel.Backup> backups,
			List<PostureSite> usable, List<Integer> companies, List<int[]> allowedSources, int p, double seconds) {
		if (p == 0 || usable.isEmpty() || problem.demandCount() == 0) {
			return new TobPlacementModel.Solved(List.of(), 0, 0, "nothing to place");
		}
		return new TobPlacementModel(problem, backups, allowedSources).oneTobPerSite()
			.companiesPerSource(companies)
			.atMostTobs(p)
			.reachedOnlyByAnOpenTob()
			.backupCoverage()
			.startFrom(SwapSearch.greedy(problem), companies)
			.solve(seconds);
	}

}
