package org.bluehelmet.mission;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.bluehelmet.geo.Gazetteer;
import org.bluehelmet.geo.PlaceKind;
import org.bluehelmet.geo.Position;
import org.bluehelmet.geo.PrioGrid;
import org.bluehelmet.system.InvalidInputException;

/**
 * Builds a mission's deployment history from Geo-PKO rows: one deployment map per map of
 * the source, one site per location (names resolved by the gazetteer), one unit per
 * country and site (Geo-PKO records countries per location, not per unit), and
 * deployments that last from a map until the next map that shows the contingent changed
 * or gone.
 * <p>
 * What Geo-PKO does not record is filled in by stated planning assumptions, which a
 * planner should review: a site that last hosted a sector or mission headquarters is a
 * supercamp, other sites are camps; capacity is the largest force Geo-PKO ever records at
 * the site; a site whose last map shows a medical unit at a sector or mission
 * headquarters has level-2 care, any other medical unit gives level 1; a site that ever
 * hosted an aviation unit has an airfield, every other site a helipad.
 * <p>
 * Called inside the caller's transaction: a failure leaves nothing written.
 */
final class GeoPkoImport {

	private final MissionStore store;

	private final Gazetteer gazetteer;

	private final OfficialLanguages languages;

	GeoPkoImport(MissionStore store, Gazetteer gazetteer, OfficialLanguages languages) {
		this.store = store;
		this.gazetteer = gazetteer;
		this.languages = languages;
	}

	/**
	 * Stores the history of one mission; rows of other missions are ignored. Returns the
	 * number of sites.
	 */
	int importRows(Mission mission, List<GeoPkoRow> allRows, Map<Integer, String> sectorOfCell) {
		List<GeoPkoRow> rows = allRows.stream().filter(row -> row.mission().equalsIgnoreCase(mission.name())).toList();
		if (rows.isEmpty()) {
			throw new InvalidInputException("mission", "the Geo-PKO file has no rows of " + mission.name());
		}
		List<DeploymentMap> maps = maps(rows);
		maps.forEach(map -> store.insertMap(mission.id(), map));
		Map<String, List<GeoPkoRow>> rowsBySite = rows.stream()
			.collect(Collectors.groupingBy(row -> gazetteer.canonical(PlaceKind.PLACE, row.location()), TreeMap::new,
					Collectors.toList()));
		for (Map.Entry<String, List<GeoPkoRow>> entry : rowsBySite.entrySet()) {
			List<GeoPkoRow> siteRows = entry.getValue()
				.stream()
				.sorted(Comparator.comparing(GeoPkoRow::month))
				.toList();
			long siteId = store.insertSite(site(mission.id(), entry.getKey(), siteRows, sectorOfCell));
			for (GeoPkoRow row : siteRows) {
				store.insertMapEntry(mission.id(), row.month(), siteId, row.troops(), List.copyOf(row.unitTypes()),
						Headquarters.fromGeoPko(row.headquartersCode()));
			}
			storeContingents(mission.id(), entry.getKey(), siteId, siteRows, maps);
		}
		return rowsBySite.size();
	}

	/**
	 * What adding deployment maps did.
	 *
	 * @param added the maps stored, by month
	 * @param alreadyStored the maps of the file whose month the mission had already (left
	 * as they were: importing the same file twice stores nothing the second time)
	 * @param sitesAdded sites seen for the first time
	 */
	record AddedMaps(List<YearMonth> added, List<YearMonth> alreadyStored, int sitesAdded) {
	}

	/**
	 * Adds the maps of a Geo-PKO file that the mission does not have yet, after its
	 * latest: new sites are made as {@link #importRows} makes them, and each contingent's
	 * stay goes on while later maps show it with the same strength, ends where they do
	 * not. A map older than the mission's latest that it does not have is refused: the
	 * stays around it would have to be rewritten.
	 */
	AddedMaps addRows(Mission mission, List<GeoPkoRow> allRows, Map<Integer, String> sectorOfCell) {
		List<GeoPkoRow> rows = allRows.stream().filter(row -> row.mission().equalsIgnoreCase(mission.name())).toList();
		if (rows.isEmpty()) {
			throw new InvalidInputException("mission", "the Geo-PKO file has no rows of " + mission.name());
		}
		java.util.Set<YearMonth> stored = new java.util.HashSet<>();
		store.maps(mission.id()).forEach(map -> stored.add(map.month()));
		YearMonth latest = stored.stream().max(Comparator.naturalOrder()).orElse(null);
		List<DeploymentMap> fresh = maps(rows).stream().filter(map -> !stored.contains(map.month())).toList();
		List<YearMonth> older = fresh.stream()
			.map(DeploymentMap::month)
			.filter(month -> latest != null && month.isBefore(latest))
			.toList();
		if (!older.isEmpty()) {
			throw new InvalidInputException("file", "maps older than the mission's latest (" + latest
					+ ") can only come with the whole mission pack; this file has " + older);
		}
		Map<String, Long> siteIds = new HashMap<>();
		List<Site> known = store.sites(mission.id());
		known.forEach(site -> siteIds.put(site.name(), site.id()));
		int sitesBefore = siteIds.size();
		for (DeploymentMap map : fresh) {
			store.insertMap(mission.id(), map);
			List<GeoPkoRow> mapRows = rows.stream().filter(row -> row.month().equals(map.month())).toList();
			Map<Long, Map<String, Integer>> troops = new HashMap<>();
			for (GeoPkoRow row : mapRows) {
				String name = siteName(row, known);
				long siteId = siteIds.computeIfAbsent(name, n -> store.insertSite(site(mission.id(), n,
						rows.stream().filter(r -> siteName(r, known).equals(n)).toList(), sectorOfCell)));
				store.insertMapEntry(mission.id(), map.month(), siteId, row.troops(), List.copyOf(row.unitTypes()),
						Headquarters.fromGeoPko(row.headquartersCode()));
				Map<String, Integer> atSite = troops.computeIfAbsent(siteId, id -> new LinkedHashMap<>());
				for (GeoPkoRow.CountryTroops contingent : row.contingents()) {
					// Unknown (null) troops make the country's figure at the site
					// unknown.
					String country = contingent.country();
					Integer before = atSite.get(country);
					atSite.put(country, !atSite.containsKey(country) ? contingent.troops()
							: before == null || contingent.troops() == null ? null : before + contingent.troops());
				}
			}
			moveStays(mission.id(), map.month(), troops, siteIds);
		}
		return new AddedMaps(fresh.stream().map(DeploymentMap::month).toList(),
				maps(rows).stream().map(DeploymentMap::month).filter(stored::contains).toList(),
				siteIds.size() - sitesBefore);
	}

	/**
	 * Sites this close are one: Geo-PKO gives a location the same position on every map.
	 */
	private static final double SAME_SITE_KM = 5;

	/**
	 * The name of the site a row is at: a known site of that name, else a known site
	 * within {@value #SAME_SITE_KM} km (the mission's spelling is kept when a later file
	 * spells the place otherwise), else the row's own name.
	 */
	private String siteName(GeoPkoRow row, List<Site> known) {
		String name = gazetteer.canonical(PlaceKind.PLACE, row.location());
		if (known.stream().anyMatch(site -> site.name().equals(name))) {
			return name;
		}
		return known.stream()
			.filter(site -> site.position().distanceKm(row.position()) <= SAME_SITE_KM)
			.min(Comparator.comparingDouble(site -> site.position().distanceKm(row.position())))
			.map(Site::name)
			.orElse(name);
	}

	/**
	 * Ends the stays a new map does not show with the same strength, and begins those it
	 * shows anew.
	 */
	private void moveStays(String missionId, YearMonth month, Map<Long, Map<String, Integer>> troops,
			Map<String, Long> siteIds) {
		java.util.Set<String> going = new java.util.HashSet<>();
		for (MissionStore.OpenStay stay : store.openStays(missionId)) {
			Map<String, Integer> atSite = troops.getOrDefault(stay.siteId(), Map.of());
			if (atSite.containsKey(stay.country()) && Objects.equals(atSite.get(stay.country()), stay.strength())) {
				going.add(stay.siteId() + "|" + stay.country());
			}
			else {
				store.endStay(stay, month);
			}
		}
		Map<Long, String> siteNames = new HashMap<>();
		siteIds.forEach((name, id) -> siteNames.put(id, name));
		troops.forEach((siteId, countries) -> countries.forEach((country, strength) -> {
			if (going.contains(siteId + "|" + country)) {
				return;
			}
			long unitId = store.unitAt(siteId, country)
				.orElseGet(() -> store.insertUnit(new Unit(0, missionId,
						country + " contingent, " + siteNames.get(siteId), UnitType.NATIONAL_CONTINGENT, country,
						strength, null, languages.workingLanguageOf(country).orElse(null), List.of(), List.of())));
			store.updateUnitStrength(unitId, strength);
			store.insertDeployment(new Deployment(unitId, siteId, strength, month, null));
		}));
	}

	private static List<DeploymentMap> maps(List<GeoPkoRow> rows) {
		Map<YearMonth, String> sourceOfMonth = new TreeMap<>();
		for (GeoPkoRow row : rows) {
			String previous = sourceOfMonth.putIfAbsent(row.month(), row.source());
			if (previous != null && !previous.equals(row.source())) {
				throw new InvalidInputException("source", "line " + row.line() + ": month " + row.month()
						+ " has two deployment maps, " + previous + " and " + row.source());
			}
		}
		return sourceOfMonth.entrySet().stream().map(e -> new DeploymentMap(e.getKey(), e.getValue())).toList();
	}

	private Site site(String missionId, String name, List<GeoPkoRow> rows, Map<Integer, String> sectorOfCell) {
		GeoPkoRow last = rows.get(rows.size() - 1);
		Position position = last.position();
		int gid = PrioGrid.gidOf(position);
		Headquarters headquarters = Headquarters.fromGeoPko(last.headquartersCode());
		boolean headquartersSite = headquarters == Headquarters.SECTOR || headquarters == Headquarters.MISSION;
		Integer capacity = rows.stream()
			.map(GeoPkoRow::troops)
			.filter(Objects::nonNull)
			.max(Integer::compare)
			.orElse(null);
		MedicalLevel medical = !last.unitTypes().contains(UnitType.MEDICAL) ? MedicalLevel.NONE
				: headquartersSite ? MedicalLevel.LEVEL_2 : MedicalLevel.LEVEL_1;
		boolean aviation = rows.stream().anyMatch(row -> row.unitTypes().contains(UnitType.AVIATION));
		return new Site(0, missionId, name, headquartersSite ? SiteKind.SUPERCAMP : SiteKind.CAMP, position, gid,
				sectorOf(gid, sectorOfCell), capacity, medical, aviation ? AirFacility.AIRFIELD : AirFacility.HELIPAD);
	}

	/**
	 * The sector of the cell, or of the nearest cell of the mission's area when the site
	 * lies outside it.
	 */
	private static String sectorOf(int gid, Map<Integer, String> sectorOfCell) {
		String sector = sectorOfCell.get(gid);
		if (sector != null) {
			return sector;
		}
		Position centre = PrioGrid.centreOf(gid);
		return sectorOfCell.entrySet()
			.stream()
			.min(Comparator.comparingDouble(e -> PrioGrid.centreOf(e.getKey()).distanceKm(centre)))
			.orElseThrow(() -> new InvalidInputException("sectors", "the mission has no sector area"))
			.getValue();
	}

	private void storeContingents(String missionId, String siteName, long siteId, List<GeoPkoRow> siteRows,
			List<DeploymentMap> maps) {
		Map<YearMonth, Map<String, Integer>> troopsByMonth = new HashMap<>();
		Map<YearMonth, Map<String, Boolean>> knownByMonth = new HashMap<>();
		for (GeoPkoRow row : siteRows) {
			Map<String, Integer> troops = troopsByMonth.computeIfAbsent(row.month(), m -> new LinkedHashMap<>());
			Map<String, Boolean> known = knownByMonth.computeIfAbsent(row.month(), m -> new HashMap<>());
			for (GeoPkoRow.CountryTroops contingent : row.contingents()) {
				troops.merge(contingent.country(), contingent.troops() == null ? 0 : contingent.troops(), Integer::sum);
				known.merge(contingent.country(), contingent.troops() != null, Boolean::logicalAnd);
			}
		}
		List<String> countries = troopsByMonth.values()
			.stream()
			.flatMap(m -> m.keySet().stream())
			.distinct()
			.sorted()
			.toList();
		for (String country : countries) {
			List<Deployment> spans = spans(country, maps, troopsByMonth, knownByMonth);
			Integer latest = spans.get(spans.size() - 1).strength();
			long unitId = store.insertUnit(
					new Unit(0, missionId, country + " contingent, " + siteName, UnitType.NATIONAL_CONTINGENT, country,
							latest, null, languages.workingLanguageOf(country).orElse(null), List.of(), List.of()));
			spans.forEach(span -> store
				.insertDeployment(new Deployment(unitId, siteId, span.strength(), span.from(), span.until())));
		}
	}

	/**
	 * The spans of months in which a country's contingent stood at the site with the same
	 * strength; unit and site ids are filled in by the caller.
	 */
	private static List<Deployment> spans(String country, List<DeploymentMap> maps,
			Map<YearMonth, Map<String, Integer>> troopsByMonth, Map<YearMonth, Map<String, Boolean>> knownByMonth) {
		List<Deployment> spans = new ArrayList<>();
		YearMonth from = null;
		Integer strength = null;
		for (DeploymentMap map : maps) {
			Map<String, Integer> troops = troopsByMonth.getOrDefault(map.month(), Map.of());
			boolean present = troops.containsKey(country);
			Integer current = present && knownByMonth.get(map.month()).get(country) ? troops.get(country) : null;
			if (from != null && (!present || !Objects.equals(current, strength))) {
				spans.add(new Deployment(0, 0, strength, from, map.month()));
				from = null;
			}
			if (present && from == null) {
				from = map.month();
				strength = current;
			}
		}
		if (from != null) {
			spans.add(new Deployment(0, 0, strength, from, null));
		}
		return spans;
	}

}
