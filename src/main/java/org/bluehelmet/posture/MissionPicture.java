package org.bluehelmet.posture;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bluehelmet.geo.GridCell;
import org.bluehelmet.geo.GridCellStore;
import org.bluehelmet.geo.Place;
import org.bluehelmet.geo.Position;
import org.bluehelmet.geo.PrioGrid;
import org.bluehelmet.mission.AirFacility;
import org.bluehelmet.mission.Contingent;
import org.bluehelmet.mission.DeploymentMap;
import org.bluehelmet.mission.MissionService;
import org.bluehelmet.mission.Sector;
import org.bluehelmet.mission.SiteSnapshot;
import org.bluehelmet.mission.Unit;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;
import org.bluehelmet.warning.WarningService;
import org.springframework.stereotype.Component;

/**
 * A mission's data in the planner's terms: the people at risk in each cell (demand), the
 * camps of a deployment map, the towns and cell centres where a TOB could open, the
 * contingents' caveats, and the TOBs a planner draws.
 */
@Component
class MissionPicture {

	/** A candidate this close to a camp adds nothing the camp does not do. */
	private static final double NEAR_CAMP_KM = 15;

	private static final Pattern NIGHT_CAVEAT = Pattern.compile("(?i)\\bno\\b.*\\bnight");

	private static final Pattern ONLY_SECTOR_CAVEAT = Pattern.compile("(?i)\\boutside\\s+sector\\s+([\\p{L}-]+)");

	private static final Pattern SECTOR_CAVEAT = Pattern.compile("(?i)\\bno\\b.*\\bsector\\s+([\\p{L}-]+)");

	private final MissionService missions;

	private final GridCellStore cells;

	private final WarningService warning;

	MissionPicture(MissionService missions, GridCellStore cells, WarningService warning) {
		this.missions = missions;
		this.cells = cells;
		this.warning = warning;
	}

	/** The mission's last deployment map, if it has one. */
	java.util.Optional<DeploymentMap> latestMap(String missionId) {
		List<DeploymentMap> maps = missions.deploymentMaps(missionId);
		return maps.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(maps.get(maps.size() - 1));
	}

	/**
	 * The mission's cells inside its country with their people at risk: the share of the
	 * twelve months to {@code month} with an attack on civilians, or the early-warning
	 * chance of one the month after.
	 */
	List<DemandCell> demand(String missionId, YearMonth month, boolean forecast) {
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

	/**
	 * The camps of the deployment map in force in {@code month}, with their troops and
	 * facilities.
	 */
	List<PostureSite> camps(String missionId, YearMonth month) {
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
	static List<PostureSite> withHelicopters(List<PostureSite> camps, List<String> bases) {
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
	List<PostureSite> candidates(String missionId, List<DemandCell> demand, List<PostureSite> camps) {
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
	Caveats caveats(String missionId, YearMonth month) {
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

	/** A TOB the planner drew on the map, checked, supplied from the nearest camp. */
	PostureSite userTob(ScenarioRequest.UserTob tob, Map<Integer, String> sectorOf, PlanningRules rules,
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

	/** The mission's sector names. */
	List<String> sectorNames(String missionId) {
		return missions.sectors(missionId).stream().map(Sector::name).toList();
	}

}
