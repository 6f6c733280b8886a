package org.bluehelmet.posture;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bluehelmet.geo.GridCell;
import org.bluehelmet.geo.GridCellStore;
import org.bluehelmet.geo.Place;
import org.bluehelmet.geo.Position;
import org.bluehelmet.geo.PrioGrid;
import org.bluehelmet.text.Phrase;
import org.bluehelmet.mission.AirFacility;
import org.bluehelmet.mission.Contingent;
import org.bluehelmet.mission.DeploymentMap;
import org.bluehelmet.mission.MissionService;
import org.bluehelmet.mission.Proposal;
import org.bluehelmet.mission.Sector;
import org.bluehelmet.mission.SiteSnapshot;
import org.bluehelmet.mission.Unit;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.warning.WarningService;
import org.springframework.stereotype.Service;

/**
 * Builds and evaluates posture scenarios for a mission: demand from its cells, camps from
 * a deployment map, TOB candidates from towns and cell centres, the planner for planned
 * scenarios.
 */
@Service
public class PostureService {

	/** A candidate this close to a camp adds nothing the camp does not do. */
	private static final double NEAR_CAMP_KM = 15;

	/** The planner's time limit, inside the page's 2-second budget. */
	private static final double PLANNER_SECONDS = 1.5;

	private static final Pattern NIGHT_CAVEAT = Pattern.compile("(?i)\\bno\\b.*\\bnight");

	private static final Pattern ONLY_SECTOR_CAVEAT = Pattern.compile("(?i)\\boutside\\s+sector\\s+([\\p{L}-]+)");

	private static final Pattern SECTOR_CAVEAT = Pattern.compile("(?i)\\bno\\b.*\\bsector\\s+([\\p{L}-]+)");

	private final MissionService missions;

	private final GridCellStore cells;

	private final WarningService warning;

	/**
	 * The standard scenarios per mission and risk, with the incidents' state they were
	 * computed for.
	 */
	private final Map<String, Standard> standard = new ConcurrentHashMap<>();

	private record Standard(long state, List<ScenarioResult> scenarios) {
	}

	PostureService(MissionService missions, GridCellStore cells, WarningService warning) {
		this.missions = missions;
		this.cells = cells;
		this.warning = warning;
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
	private ScenarioResult evaluate(String missionId, ScenarioRequest request, Phrase label) {
		if (request.kind() == null) {
			throw new InvalidInputException("kind", Phrase.of("problem.scenario.kind"));
		}
		if (request.risk() != null && !request.forecastRisk() && !"history".equals(request.risk())) {
			throw new InvalidInputException("risk", Phrase.of("problem.scenario.risk"));
		}
		Travel travel = request.travel() != null ? request.travel() : Travel.of(missions.roads(missionId));
		CasevacStandard standardCasevac = request.casevacOrDefault();
		PlanningRules rules = request.rulesOrDefault();
		DeploymentMap map = (request.month() == null ? latestMap(missionId)
				: missions.deploymentMapAt(missionId, request.month()))
			.orElseThrow(() -> new InvalidInputException("month",
					request.month() == null ? Phrase.of("problem.posture.noMapToday")
							: Phrase.of("problem.posture.noMapBy", "month", request.month().toString())));
		YearMonth month = map.month();
		List<DemandCell> demand = demand(missionId, month, request.forecastRisk());
		List<PostureSite> camps = withHelicopters(camps(missionId, month), request.helicopterBases());
		PosturePlanner planner = new PosturePlanner(travel, rules);
		List<PostureSite> sites = new ArrayList<>();
		ScenarioResult.SolverReport report = null;
		List<Phrase> notes = new ArrayList<>();
		switch (request.kind()) {
			case AS_DEPLOYED -> sites.addAll(camps);
			case PLANNED -> {
				CasevacReach fromCamps = new CasevacReach(camps, standardCasevac, travel);
				PosturePlanner.Plan plan = planner.plan(demand, camps, candidates(missionId, demand, camps),
						site -> request.surgicalTeams()
								|| fromCamps.of(PostureEvaluation.siteCell(site, demand)).withinByDay(standardCasevac),
						caveats(missionId, month), PLANNER_SECONDS);
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
				notes.addAll(troopNotes(drawn, rules));
				// troopNotes says why added troops are left at no site.
				report = new ScenarioResult.SolverReport(plan.objective(), plan.bound(), plan.gap(), plan.seconds(),
						plan.method(), plan.candidatesConsidered(), plan.candidatesOutsideCasevac(),
						rules.addedTroops(), drawn.getOrDefault(PosturePlanner.ADDED_TROOPS, 0));
				notes.addAll(explain(plan, rules));
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
					sites.add(userTob(tob, sectorOf, rules, camps));
				}
			}
		}
		PostureEvaluation.Evaluated evaluated = PostureEvaluation.evaluate(sites, demand, sectorNames(missionId),
				planner, standardCasevac, travel);
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

	/**
	 * The scenarios every planner starts from: the latest deployment map as it was, the
	 * same troops with TOBs where the planner puts them, and for each proposal of the
	 * mission the planner with its added troops, without and with a surgical team at each
	 * TOB. Kept until incidents or deployments change.
	 */
	public List<ScenarioResult> standardScenarios(String missionId, String risk) {
		// Incidents change the demand; sites, deployments and facilities the reach.
		long state = warning.stateOf(missionId) * 1_000_003L + missions.version(missionId);
		Standard known = standard.get(missionId + "|" + risk);
		if (known != null && known.state() == state) {
			return known.scenarios();
		}
		List<ScenarioResult> fresh = new ArrayList<>();
		fresh.add(asDeployed(missionId, risk));
		fresh.add(evaluate(missionId,
				ScenarioRequest.standard("Planner, same troops", ScenarioRequest.Kind.PLANNED, risk, 0, false),
				Phrase.of("posture.sameTroops")));
		// One per proposal the mission has: its added troops, then with a surgical team
		// at
		// each TOB.
		for (Proposal proposal : missions.proposals(missionId)) {
			String name = String.format(Locale.ROOT, "Planner, %,d more troops (%s)", proposal.addedTroops(),
					proposal.name());
			Phrase label = Phrase.of("posture.moreTroops", "n", proposal.addedTroops(), "proposal", proposal.name());
			fresh.add(evaluate(missionId,
					ScenarioRequest.standard(name, ScenarioRequest.Kind.PLANNED, risk, proposal.addedTroops(), false),
					label));
			fresh.add(evaluate(
					missionId, ScenarioRequest.standard(name + ", TOBs with surgical teams",
							ScenarioRequest.Kind.PLANNED, risk, proposal.addedTroops(), true),
					Phrase.of("posture.withSurgicalTeams", "scenario", label)));
		}
		// One entry per mission and risk, replaced when the incidents change: memory
		// stays bounded.
		standard.put(missionId + "|" + risk, new Standard(state, List.copyOf(fresh)));
		return List.copyOf(fresh);
	}

	private java.util.Optional<DeploymentMap> latestMap(String missionId) {
		List<DeploymentMap> maps = missions.deploymentMaps(missionId);
		return maps.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(maps.get(maps.size() - 1));
	}

	private List<DemandCell> demand(String missionId, YearMonth month, boolean forecast) {
		Map<Integer, String> sectorOf = missions.sectorCells(missionId);
		Map<Integer, WarningService.CellHistory> history = warning.recentAttacks(missionId, month, 12);
		Map<Integer, Double> chance = new HashMap<>();
		if (forecast) {
			warning.risk(missionId, month, 1).forEach(r -> chance.put(r.gid(), r.pAny()));
		}
		List<DemandCell> demand = new ArrayList<>();
		for (GridCell cell : cells.findAll(missionId, sectorOf.keySet())) {
			if (!cell.centreInCountry()) {
				continue;
			}
			WarningService.CellHistory h = history.getOrDefault(cell.gid(), new WarningService.CellHistory(0, 0));
			double risk = forecast ? chance.getOrDefault(cell.gid(), 0.0) : h.monthsWithAttacks() / 12.0;
			demand.add(new DemandCell(cell, sectorOf.get(cell.gid()), risk, h.events()));
		}
		return demand;
	}

	private List<PostureSite> camps(String missionId, YearMonth month) {
		List<PostureSite> camps = new ArrayList<>();
		for (SiteSnapshot s : missions.sitesAt(missionId, month)) {
			// Helicopters where a source records them; where none does, at airfields and
			// hospitals (an assumption, shown with the scenario and editable).
			Integer helicopters = s.facilities().helicopters();
			boolean surgery = s.facilities().surgery();
			camps.add(new PostureSite(s.site().name(), PostureSite.Kind.CAMP, s.site().position(), s.site().gid(),
					s.site().sector(), s.troopsOrZero(), surgery,
					helicopters != null ? helicopters > 0 : s.site().airFacility() == AirFacility.AIRFIELD || surgery,
					null));
		}
		return camps;
	}

	/**
	 * Puts casualty-evacuation helicopters where the user says, or by default where the
	 * site's facilities put them ({@link #camps}): deployment maps seldom record aviation
	 * units where missions fly casualty evacuation from.
	 */
	private static List<PostureSite> withHelicopters(List<PostureSite> camps, List<String> bases) {
		Set<String> known = new HashSet<>();
		camps.forEach(c -> known.add(c.name()));
		if (bases != null) {
			for (String base : bases) {
				if (!known.contains(base)) {
					throw new InvalidInputException("helicopterBases",
							Phrase.of("problem.posture.noCamp", "camp", base));
				}
			}
		}
		return camps.stream()
			.map(c -> new PostureSite(c.name(), c.kind(), c.position(), c.gid(), c.sector(), c.troops(), c.surgery(),
					bases == null ? c.helicopters() : bases.contains(c.name()), c.suppliedFrom()))
			.toList();
	}

	/** Towns inside the area, then the centres of the area's cells, away from camps. */
	private List<PostureSite> candidates(String missionId, List<DemandCell> demand, List<PostureSite> camps) {
		Map<Integer, String> sectorOf = missions.sectorCells(missionId);
		List<PostureSite> candidates = new ArrayList<>();
		List<Place> places = missions.places(missionId);
		for (Place town : places) {
			Position at = town.position();
			int gid = PrioGrid.gidOf(at);
			if (sectorOf.containsKey(gid)) {
				candidates.add(new PostureSite(town.name(), PostureSite.Kind.TOB, at, gid, sectorOf.get(gid), 0, false,
						false, null));
			}
		}
		for (DemandCell d : demand) {
			// Named after the nearest town, as a planner would say it, not by its grid
			// number.
			candidates.add(new PostureSite(
					org.bluehelmet.geo.NearestPlace.describe(d.cell().centre(), places, "cell " + d.cell().gid()),
					PostureSite.Kind.TOB, d.cell().centre(), d.cell().gid(), d.sector(), 0, false, false, null));
		}
		return candidates.stream()
			.filter(c -> camps.stream().allMatch(camp -> camp.position().distanceKm(c.position()) > NEAR_CAMP_KM))
			.toList();
	}

	/**
	 * Per camp, the sectors some contingent there will not serve in ("no deployment to
	 * Sector Centre") and the troops of contingents that will not operate at night.
	 */
	private Caveats caveats(String missionId, YearMonth month) {
		Map<Long, Unit> units = new HashMap<>();
		missions.units(missionId).forEach(u -> units.put(u.id(), u));
		Map<String, Set<String>> refused = new HashMap<>();
		Map<String, Integer> dayOnly = new HashMap<>();
		List<String> sectors = sectorNames(missionId);
		for (SiteSnapshot s : missions.sitesAt(missionId, month)) {
			for (Contingent contingent : s.contingents()) {
				Unit unit = units.get(contingent.unitId());
				if (unit == null) {
					continue;
				}
				for (String caveat : unit.caveats()) {
					Set<String> refusedHere = refused.computeIfAbsent(s.site().name(), k -> new HashSet<>());
					Matcher only = ONLY_SECTOR_CAVEAT.matcher(caveat);
					Matcher m = SECTOR_CAVEAT.matcher(caveat);
					if (only.find()) {
						// "no operations outside Sector Centre": every other sector is
						// refused.
						sectors.stream().filter(x -> !x.equalsIgnoreCase(only.group(1))).forEach(refusedHere::add);
					}
					else if (m.find()) {
						refusedHere.add(m.group(1));
					}
					if (NIGHT_CAVEAT.matcher(caveat).find() && contingent.troops() != null) {
						dayOnly.merge(s.site().name(), contingent.troops(), Integer::sum);
					}
				}
			}
		}
		return new Caveats(refused, dayOnly);
	}

	private PostureSite userTob(ScenarioRequest.UserTob tob, Map<Integer, String> sectorOf, PlanningRules rules,
			List<PostureSite> camps) {
		if (tob.name() == null || tob.name().isBlank()) {
			throw new InvalidInputException("tobs", Phrase.of("problem.posture.tobName"));
		}
		Position at = new Position(tob.lon(), tob.lat());
		int gid = PrioGrid.gidOf(at);
		String sector = sectorOf.get(gid);
		if (sector == null) {
			throw new InvalidInputException("tobs", Phrase.of("problem.posture.tobOutside", "tob", tob.name()));
		}
		int troops = tob.troops() == null ? rules.companySize() : tob.troops();
		if (troops < 0) {
			throw new InvalidInputException("tobs", Phrase.of("problem.posture.tobTroops", "tob", tob.name()));
		}
		String supplier = camps.stream()
			.min(java.util.Comparator.comparingDouble(c -> c.position().distanceKm(at)))
			.map(PostureSite::name)
			.orElse(null);
		return new PostureSite(tob.name(), PostureSite.Kind.TOB, at, gid, sector, troops,
				Boolean.TRUE.equals(tob.surgery()), false, supplier);
	}

	private List<String> sectorNames(String missionId) {
		return missions.sectors(missionId).stream().map(Sector::name).toList();
	}

	/** Where the TOBs' troops come from, and the added troops no TOB could take. */
	private static List<Phrase> troopNotes(Map<String, Integer> drawn, PlanningRules rules) {
		List<Phrase> notes = new ArrayList<>();
		List<Phrase> fromCamps = drawn.entrySet()
			.stream()
			.filter(e -> !e.getKey().equals(PosturePlanner.ADDED_TROOPS))
			.sorted(Map.Entry.comparingByKey())
			.map(e -> Phrase.of("posture.campTroops", "camp", e.getKey(), "troops", e.getValue()))
			.toList();
		if (!fromCamps.isEmpty()) {
			// Listed as one value: each camp a phrase of its own, joined by the reader's
			// comma.
			Phrase list = fromCamps.stream()
				.reduce((a, b) -> Phrase.of("posture.list", "first", a, "rest", b))
				.orElseThrow();
			notes.add(Phrase.of("posture.troopsLeaveCamps", "garrison", rules.campGarrison(), "camps", list));
		}
		int placed = drawn.getOrDefault(PosturePlanner.ADDED_TROOPS, 0);
		if (rules.addedTroops() > placed) {
			notes.add(Phrase.of("posture.troopsAtNoSite", "unplaced", rules.addedTroops() - placed, "added",
					rules.addedTroops(), "km", (int) rules.resupplyKm(), "tobs", rules.maxTobs()));
		}
		return notes;
	}

	/** Why a plan gains what it gains, in words. */
	private static List<Phrase> explain(PosturePlanner.Plan plan, PlanningRules rules) {
		List<Phrase> notes = new ArrayList<>();
		if (plan.tobs().isEmpty()) {
			notes.add(
					plan.candidatesConsidered() == 0 ? Phrase.of("posture.noTobCanOpen", "km", (int) rules.resupplyKm(),
							"outside", plan.candidatesOutsideCasevac()) : Phrase.of("posture.noTobAdds"));
		}
		if (!plan.method().contains("optimal") && plan.gap() > 1e-9) {
			notes.add(Phrase.of("posture.timeLimit", "percent", Math.round(1000 * plan.gap()) / 10.0));
		}
		return notes;
	}

}
