package org.bluehelmet.posture;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bluehelmet.text.Phrase;
import org.bluehelmet.mission.DeploymentMap;
import org.bluehelmet.mission.MissionService;
import org.bluehelmet.system.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * Builds and evaluates posture scenarios for a mission: demand from its cells, camps from
 * a deployment map, TOB candidates from towns and cell centres, the planner for planned
 * scenarios.
 */
@Service
public class PostureService {

	/** The planner's time limit, inside the page's 2-second budget. */
	private static final double PLANNER_SECONDS = 1.5;

	private final MissionService missions;

	private final MissionPicture picture;

	PostureService(MissionService missions, MissionPicture picture) {
		this.missions = missions;
		this.picture = picture;
	}

	/** Evaluates a scenario (planning its TOBs first if it is a planned one). */
	public ScenarioResult evaluate(String missionId, ScenarioRequest request) {
		return evaluate(missionId, request, null);
	}

	/** The latest deployment map as it was, its risk from history or the forecast. */
	public ScenarioResult asDeployed(String missionId, String risk) {
		return evaluate(missionId,
				ScenarioRequest.standard("As deployed", ScenarioRequest.Kind.AS_DEPLOYED, risk, 0, false),
				Phrase.of("posture.asDeployed"));
	}

	/**
	 * {@link #evaluate(String, ScenarioRequest)}, for a reader calling it {@code label}.
	 */
	ScenarioResult evaluate(String missionId, ScenarioRequest request, Phrase label) {
		if (request.kind() == null) {
			throw new InvalidInputException("kind", Phrase.of("problem.scenario.kind"));
		}
		if (request.risk() != null && !request.forecastRisk() && !"history".equals(request.risk())) {
			throw new InvalidInputException("risk", Phrase.of("problem.scenario.risk"));
		}
		Travel travel = request.travel() != null ? request.travel() : Travel.of(missions.roads(missionId));
		CasevacStandard standardCasevac = request.casevacOrDefault();
		PlanningRules rules = request.rulesOrDefault();
		DeploymentMap map = (request.month() == null ? picture.latestMap(missionId)
				: missions.deploymentMapAt(missionId, request.month()))
			.orElseThrow(() -> new InvalidInputException("month",
					request.month() == null ? Phrase.of("problem.posture.noMapToday")
							: Phrase.of("problem.posture.noMapBy", "month", request.month().toString())));
		YearMonth month = map.month();
		List<DemandCell> demand = picture.demand(missionId, month, request.forecastRisk());
		List<PostureSite> camps = MissionPicture.withHelicopters(picture.camps(missionId, month),
				request.helicopterBases());
		PosturePlanner planner = new PosturePlanner(travel, rules);
		List<PostureSite> sites = new ArrayList<>();
		ScenarioResult.SolverReport report = null;
		List<Phrase> notes = new ArrayList<>();
		switch (request.kind()) {
			case AS_DEPLOYED -> sites.addAll(camps);
			case PLANNED -> {
				CasevacReach fromCamps = new CasevacReach(camps, standardCasevac, travel);
				PosturePlanner.Plan plan = planner.plan(demand, camps, picture.candidates(missionId, demand, camps),
						site -> request.surgicalTeams()
								|| fromCamps.of(PostureEvaluation.siteCell(site, demand)).withinByDay(standardCasevac),
						picture.caveats(missionId, month), PLANNER_SECONDS);
				// A TOB's company leaves its camp: the troops are counted once, where
				// they are.
				Map<String, Integer> drawn = new HashMap<>();
				for (int i = 0; i < plan.tobs().size(); i++) {
					drawn.merge(plan.troopsFrom().get(i), plan.tobs().get(i).troops(), Integer::sum);
				}
				camps.forEach(c -> sites.add(c.withTroops(c.troops() - drawn.getOrDefault(c.name(), 0))));
				plan.tobs()
					.forEach(t -> sites.add(new PostureSite(t.name(), t.kind(), t.position(), t.gid(), t.sector(),
							t.troops(), request.surgicalTeams(), false, t.suppliedFrom())));
				notes.addAll(ScenarioNotes.troopNotes(drawn, rules));
				// troopNotes says why added troops are left at no site.
				report = new ScenarioResult.SolverReport(plan.objective(), plan.bound(), plan.gap(), plan.seconds(),
						plan.method(), plan.candidatesConsidered(), plan.candidatesOutsideCasevac(),
						rules.addedTroops(), drawn.getOrDefault(PosturePlanner.ADDED_TROOPS, 0));
				notes.addAll(ScenarioNotes.explain(plan, rules));
			}
			case CUSTOM -> {
				Set<String> closed = new HashSet<>(request.closedCamps());
				for (String name : closed) {
					if (camps.stream().noneMatch(c -> c.name().equals(name))) {
						throw new InvalidInputException("closedCamps",
								Phrase.of("problem.posture.noCampIn", "camp", name, "month", month));
					}
				}
				camps.stream().filter(c -> !closed.contains(c.name())).forEach(sites::add);
				Map<Integer, String> sectorOf = missions.sectorCells(missionId);
				for (ScenarioRequest.UserTob tob : request.tobs()) {
					sites.add(picture.userTob(tob, sectorOf, rules, camps));
				}
			}
		}
		PostureEvaluation.Evaluated evaluated = PostureEvaluation.evaluate(sites, demand,
				picture.sectorNames(missionId), planner, standardCasevac, travel);
		ScenarioRequest filled = new ScenarioRequest(request.name(), request.kind(), month,
				request.forecastRisk() ? "forecast" : "history", rules.addedTroops(), request.tobs(),
				request.closedCamps(), travel, standardCasevac, rules,
				camps.stream().filter(PostureSite::helicopters).map(PostureSite::name).toList(),
				request.surgicalTeams());
		return new ScenarioResult(request.name(), label, request.kind(), month,
				request.forecastRisk() ? Phrase.of("posture.riskForecast", "month", month.plusMonths(1))
						: Phrase.of("posture.riskHistory", "month", month),
				filled, sites, evaluated.measures(), report, evaluated.cells(), notes);
	}

}
