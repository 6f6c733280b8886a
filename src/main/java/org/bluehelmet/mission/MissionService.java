package org.bluehelmet.mission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.bluehelmet.geo.Place;
import org.bluehelmet.system.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bluehelmet.geo.GeoJson;
import org.bluehelmet.system.DataChanges;
import org.bluehelmet.system.Kept;
import org.bluehelmet.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions about missions and their force posture over time. "At" a month means as the
 * latest deployment map in or before that month showed it; before a mission's first map,
 * no site has troops.
 */
@Service
@Transactional(readOnly = true)
public class MissionService {

	private final MissionStore store;

	private final MissionGeographyStore geography;

	/*
	 * Missions, their sector cells, sites per deployment map, facilities and sector
	 * areas, kept once read: nearly every request asks for them and they change only when
	 * a mission is loaded or edited, which says so to DataChanges.
	 */
	private final DataChanges changes;

	private final Kept<String, Mission> missionsById;

	private final Kept<String, Map<Integer, String>> cellsByMission;

	private final Kept<MapKey, List<SiteSnapshot>> sitesByMap;

	private final Kept<String, Map<Long, List<SiteFacilities>>> facilitiesByMission;

	/** Sector areas as GeoJSON per mission: clipping to the border takes a moment. */
	private final Kept<String, Map<String, Object>> sectorAreas;

	/** A mission's deployment map, by its month. */
	private record MapKey(String missionId, YearMonth month) {
	}

	private final org.bluehelmet.audit.AuditLog audit;

	MissionService(MissionStore store, MissionGeographyStore geography, org.bluehelmet.audit.AuditLog audit,
			DataChanges changes) {
		this.store = store;
		this.geography = geography;
		this.audit = audit;
		this.changes = changes;
		this.missionsById = changes.keep(DataChanges.Kind.MISSION);
		this.cellsByMission = changes.keep(DataChanges.Kind.MISSION);
		this.sitesByMap = changes.keep(DataChanges.Kind.MISSION, MapKey::missionId);
		this.facilitiesByMission = changes.keep(DataChanges.Kind.MISSION);
		this.sectorAreas = changes.keep(DataChanges.Kind.MISSION);
	}

	/**
	 * Says that the mission's model changed (in the current transaction, if any): every
	 * server forgets what it kept of it, now and when the transaction ends.
	 */
	void changed(String missionId) {
		changes.changed(DataChanges.Kind.MISSION, missionId);
	}

	/**
	 * A number that changes whenever the mission's sites, deployments or facilities
	 * change: caches of results built from them compare it.
	 */
	public long version(String missionId) {
		return changes.version(DataChanges.Kind.MISSION, missionId);
	}

	// When the load's transaction ends: what was read during it may be gone. First of the
	// pack's listeners: the change is registered with the transaction before any feature
	// storing its files can refuse them (a refused pack left its mission in these caches
	// when a listener ahead of this one threw).
	@EventListener
	@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
	void onMissionPackStored(MissionPackStored stored) {
		changed(stored.missionId());
	}

	public List<Mission> missions() {
		return store.findAll();
	}

	public Mission mission(String id) {
		return missionsById.get(id, key -> store.find(key).orElseThrow(() -> new NotFoundException("mission", key)));
	}

	public MissionOverview overview(String id) {
		Mission mission = mission(id);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		LocalDate asOf = mission.mandateEnd() != null && mission.mandateEnd().isBefore(today) ? mission.mandateEnd()
				: today;
		return new MissionOverview(mission, store.ceilings(id), ceilingOn(id, asOf).orElse(null), store.sectors(id),
				store.maps(id), store.sources(id));
	}

	/** The ceiling in force on a day: the latest adopted on or before it. */
	public Optional<Ceiling> ceilingOn(String missionId, LocalDate day) {
		return store.ceilings(mission(missionId).id())
			.stream()
			.filter(ceiling -> !ceiling.effectiveFrom().isAfter(day))
			.max(Comparator.comparing(Ceiling::effectiveFrom));
	}

	public List<DeploymentMap> deploymentMaps(String missionId) {
		return store.maps(mission(missionId).id());
	}

	/**
	 * The deployment map in force in a month; the latest map when the month is
	 * {@code null}.
	 */
	public Optional<DeploymentMap> deploymentMapAt(String missionId, YearMonth month) {
		mission(missionId);
		return month == null ? store.maps(missionId).stream().reduce((a, b) -> b) : store.mapAt(missionId, month);
	}

	/**
	 * Sites with troops in a month (the latest map when {@code null}), with their
	 * contingents, by name.
	 */
	public List<SiteSnapshot> sitesAt(String missionId, YearMonth month) {
		Optional<DeploymentMap> map = deploymentMapAt(missionId, month);
		if (map.isEmpty()) {
			return List.of();
		}
		YearMonth facilitiesMonth = month == null ? map.get().month() : month;
		return sitesByMap
			.get(new MapKey(missionId, map.get().month()),
					key -> store.mapEntries(missionId, map.get())
						.stream()
						.map(entry -> new SiteSnapshot(entry.site(), entry.asOf(), entry.source(), entry.troops(),
								entry.headquarters(), entry.unitTypes(),
								store.contingents(entry.site().id(), entry.asOf()), entry.facilities()))
						.toList())
			.stream()
			.map(snapshot -> facilitiesAt(missionId, snapshot.site().id(), facilitiesMonth).map(snapshot::with)
				.orElse(snapshot))
			.toList();
	}

	/**
	 * The facilities recorded for a site that hold in a month: the latest record from
	 * that month or before.
	 */
	private Optional<SiteFacilities> facilitiesAt(String missionId, long siteId, YearMonth month) {
		return recordedFacilities(missionId).getOrDefault(siteId, List.of())
			.stream()
			.filter(f -> !f.from().isAfter(month))
			.reduce((a, b) -> b);
	}

	private Map<Long, List<SiteFacilities>> recordedFacilities(String missionId) {
		return facilitiesByMission.get(missionId, id -> Map.copyOf(store.facilities(id)));
	}

	/**
	 * A site's facilities over time: the assumption from the deployment maps, then each
	 * record, oldest first.
	 */
	public SiteFacilitiesHistory facilitiesOf(String missionId, long siteId) {
		Site site = site(missionId, siteId);
		return new SiteFacilitiesHistory(site.id(), site.name(), SiteFacilities.assumed(site),
				recordedFacilities(missionId).getOrDefault(siteId, List.of()));
	}

	/**
	 * Records a site's facilities from a month on (replacing a record of that month),
	 * audited; reach and posture computed after this use them.
	 */
	@Transactional
	public SiteFacilitiesHistory recordFacilities(String missionId, long siteId, SiteFacilities facilities,
			String actor) {
		Site site = site(missionId, siteId);
		SiteFacilities before = facilitiesAt(missionId, siteId, facilities.from()).orElse(SiteFacilities.assumed(site));
		SiteFacilities recorded = new SiteFacilities(facilities.from(), facilities.medicalLevel(),
				facilities.airFacility(), facilities.helicopters(), facilities.source(), true);
		store.saveFacilities(siteId, recorded, actor);
		audit.record(actor, missionId, "site.facilities", "site", String.valueOf(siteId), before, recorded);
		changed(missionId);
		return new SiteFacilitiesHistory(site.id(), site.name(), SiteFacilities.assumed(site),
				store.facilities(missionId).getOrDefault(siteId, List.of()));
	}

	private Site site(String missionId, long siteId) {
		return store.sites(mission(missionId).id())
			.stream()
			.filter(s -> s.id() == siteId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("site", siteId));
	}

	/**
	 * Sites, troops and share of the mission's troops per sector in a month, for every
	 * sector, in sector order.
	 */
	public List<SectorSummary> sectorSummary(String missionId, YearMonth month) {
		List<SiteSnapshot> sites = sitesAt(missionId, month);
		int total = sites.stream().mapToInt(SiteSnapshot::troopsOrZero).sum();
		List<SectorSummary> summary = new ArrayList<>();
		for (Sector sector : store.sectors(missionId)) {
			List<SiteSnapshot> in = sites.stream().filter(s -> s.site().sector().equals(sector.name())).toList();
			int troops = in.stream().mapToInt(SiteSnapshot::troopsOrZero).sum();
			summary.add(new SectorSummary(sector.name(), in.size(), troops, total == 0 ? 0 : (double) troops / total));
		}
		return summary;
	}

	/**
	 * The sector summary as CSV, with the deployment map it comes from on every row, so
	 * that the figures stay traceable when the file travels alone.
	 */
	public String sectorSummaryCsv(String missionId, YearMonth month) {
		Optional<DeploymentMap> map = deploymentMapAt(missionId, month);
		StringBuilder csv = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
			printer.printRecord("sector", "sites", "troops", "troop_share", "as_of", "source");
			for (SectorSummary row : sectorSummary(missionId, month)) {
				printer.printRecord(CsvCells.row(row.sector(), row.sites(), row.troops(),
						String.format(Locale.ROOT, "%.4f", row.troopShare()),
						map.map(m -> m.month().toString()).orElse(""), map.map(DeploymentMap::source).orElse("")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return csv.toString();
	}

	/** How fast the force moves by road in the mission's area, if its pack says. */
	public Optional<RoadAssumptions> roads(String missionId) {
		return geography.roads(mission(missionId).id());
	}

	/** The mission's proposals to change its strength, in the pack's order. */
	public List<Proposal> proposals(String missionId) {
		return store.proposals(mission(missionId).id());
	}

	/** The mission's named places (from its pack), by GeoNames id. */
	public List<Place> places(String missionId) {
		return geography.places(mission(missionId).id());
	}

	/**
	 * Places of the mission whose name or gazetteer spelling begins with (or, failing
	 * that, contains) the text, accents and case ignored ({@link PlaceSearch}).
	 */
	public List<PlaceMatch> findPlaces(String missionId, String text) {
		return PlaceSearch.find(text, places(missionId), sites(missionId),
				geography.gazetteer(mission(missionId).id()));
	}

	public List<Sector> sectors(String missionId) {
		return store.sectors(mission(missionId).id());
	}

	public List<Site> sites(String missionId) {
		return store.sites(mission(missionId).id());
	}

	public List<Unit> units(String missionId) {
		return store.units(mission(missionId).id());
	}

	public List<Deployment> deployments(String missionId) {
		return store.deployments(mission(missionId).id());
	}

	/** The PRIO-GRID cells of a mission's area, as {@code gid} → sector name. */
	public Map<Integer, String> sectorCells(String missionId) {
		return cellsByMission.get(missionId,
				id -> Collections.unmodifiableMap(new HashMap<>(store.sectorCells(mission(id).id()))));
	}

	/** The sector whose area holds a cell, if the cell is in the mission's area. */
	public Optional<String> sectorOf(String missionId, int gid) {
		return store.sectorOfCell(mission(missionId).id(), gid);
	}

	/**
	 * Each sector's area as a GeoJSON feature with properties {@code sector},
	 * {@code cells} and {@code regions}.
	 */
	public Map<String, Object> sectorAreasGeoJson(String missionId) {
		return sectorAreas.get(missionId, this::sectorAreasOf);
	}

	private Map<String, Object> sectorAreasOf(String missionId) {
		Map<String, List<Integer>> cellsBySector = sectorCells(missionId).entrySet()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getValue, LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
		List<Map<String, Object>> features = new ArrayList<>();
		// Drawn within the host country's border: the cells along it reach beyond.
		org.locationtech.jts.geom.Geometry border = GeoJson.areaOf(store.areaOutline(missionId).orElse("{}"));
		for (Sector sector : store.sectors(missionId)) {
			List<Integer> gids = cellsBySector.getOrDefault(sector.name(), List.of());
			if (!gids.isEmpty()) {
				org.locationtech.jts.geom.Geometry area = GeoJson.cellArea(gids);
				org.locationtech.jts.geom.Geometry clipped = border.isEmpty() ? area
						: GeoJson.polygonal(area.intersection(border));
				features.add(GeoJson.feature(GeoJson.geometry(clipped.isEmpty() ? area : clipped),
						Map.of("sector", sector.name(), "cells", gids.size(), "regions", sector.regions())));
			}
		}
		return GeoJson.featureCollection(features);
	}

	/** Sites in a month as GeoJSON points with the snapshot's fields as properties. */
	public Map<String, Object> sitesGeoJson(String missionId, YearMonth month) {
		List<Map<String, Object>> features = sitesAt(missionId, month).stream().map(snapshot -> {
			Map<String, Object> properties = new LinkedHashMap<>();
			Site site = snapshot.site();
			properties.put("id", site.id());
			properties.put("name", site.name());
			properties.put("kind", site.kind());
			properties.put("sector", site.sector());
			properties.put("asOf", snapshot.asOf().toString());
			properties.put("source", snapshot.source());
			properties.put("troops", snapshot.troops());
			properties.put("headquarters", snapshot.headquarters());
			properties.put("unitTypes", snapshot.unitTypes());
			properties.put("countries", snapshot.countries());
			return GeoJson.feature(GeoJson.point(site.position()), properties);
		}).toList();
		return GeoJson.featureCollection(features);
	}

	/** The layers of the mission's base map (rivers, roads…), in drawing order. */
	public List<GeographyLayer> geography(String missionId) {
		return geography.geography(mission(missionId).id());
	}

	/** The outline of the mission's host country as stored GeoJSON text, if any. */
	public Optional<String> areaOutline(String missionId) {
		return store.areaOutline(mission(missionId).id());
	}

}
