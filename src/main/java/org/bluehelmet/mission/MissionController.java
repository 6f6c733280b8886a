package org.bluehelmet.mission;

import java.security.Principal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.bluehelmet.audit.Export;
import org.bluehelmet.security.MissionAccess;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.system.Months;
import org.bluehelmet.text.Phrase;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Missions, their sites over time and their sectors, as JSON, GeoJSON and CSV. */
@RestController
@RequestMapping("/api/v1/missions")
class MissionController {

	private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final MissionService missions;

	private final MissionAccess access;

	MissionController(MissionService missions, MissionAccess access) {
		this.missions = missions;
		this.access = access;
	}

	/** The missions the caller may see (the others are checked per request, by path). */
	@GetMapping
	List<Mission> missions() {
		return missions.missions().stream().filter(mission -> access.maySee(mission.id())).toList();
	}

	@GetMapping("/{missionId}")
	MissionOverview mission(@PathVariable("missionId") String id) {
		return missions.overview(id);
	}

	@GetMapping("/{missionId}/deployment-maps")
	List<DeploymentMap> deploymentMaps(@PathVariable("missionId") String id) {
		return missions.deploymentMaps(id);
	}

	@GetMapping("/{missionId}/sites")
	List<SiteSnapshot> sites(@PathVariable("missionId") String id, @RequestParam(required = false) String at) {
		return missions.sitesAt(id, month(at));
	}

	@Export
	@GetMapping(path = "/{missionId}/sites.geojson")
	ResponseEntity<Map<String, Object>> sitesGeoJson(@PathVariable("missionId") String id,
			@RequestParam(required = false) String at) {
		return ResponseEntity.ok().contentType(GEO_JSON).body(missions.sitesGeoJson(id, month(at)));
	}

	@GetMapping("/{missionId}/sectors")
	List<Sector> sectors(@PathVariable("missionId") String id) {
		return missions.sectors(id);
	}

	@Export
	@GetMapping("/{missionId}/sectors.geojson")
	ResponseEntity<Map<String, Object>> sectorsGeoJson(@PathVariable("missionId") String id) {
		return ResponseEntity.ok().contentType(GEO_JSON).body(missions.sectorAreasGeoJson(id));
	}

	@Export
	@GetMapping("/{missionId}/outline.geojson")
	ResponseEntity<String> outline(@PathVariable("missionId") String id) {
		return ResponseEntity.ok()
			.contentType(GEO_JSON)
			.body(missions.areaOutline(id).orElse("{\"type\":\"FeatureCollection\",\"features\":[]}"));
	}

	/**
	 * What the pages draw under their data, in one answer: the host country's border, the
	 * sectors' areas, the largest towns and the pack's geography (rivers, roads…, in
	 * drawing order). Drawn, not downloaded: not audited as an export (the
	 * {@code .geojson} files are).
	 */
	@GetMapping("/{missionId}/map-layers")
	Map<String, Object> mapLayers(@PathVariable("missionId") String id) {
		String outline = missions.areaOutline(id).orElse("{\"type\":\"FeatureCollection\",\"features\":[]}");
		List<Map<String, Object>> geography = missions.geography(id)
			.stream()
			.map(layer -> Map.<String, Object>of("name", layer.name(), "features", LAYERS.readTree(layer.geoJson())))
			.toList();
		return Map.of("outline", LAYERS.readTree(outline), "sectors", missions.sectorAreasGeoJson(id), "places",
				missions.places(id)
					.stream()
					.sorted(java.util.Comparator.comparingLong(org.bluehelmet.geo.Place::population).reversed())
					.limit(MAP_PLACES)
					.toList(),
				"geography", geography);
	}

	/**
	 * The towns a map names: the largest, enough to find one's way, few enough to read.
	 */
	static final int MAP_PLACES = 40;

	/**
	 * Places whose name or other spelling begins with (or contains) {@code q}: towns,
	 * camps and the gazetteer's places, for the search box of the map and the incident
	 * form.
	 */
	@GetMapping("/{missionId}/places")
	List<PlaceMatch> places(@PathVariable("missionId") String id, @RequestParam String q) {
		if (q.length() > 100) {
			throw new InvalidInputException("q", Phrase.of("problem.search.long", "n", 100));
		}
		return missions.findPlaces(id, q);
	}

	private static final tools.jackson.databind.json.JsonMapper LAYERS = tools.jackson.databind.json.JsonMapper
		.builder()
		.build();

	@GetMapping("/{missionId}/sectors/summary")
	List<SectorSummary> sectorSummary(@PathVariable("missionId") String id, @RequestParam(required = false) String at) {
		return missions.sectorSummary(id, month(at));
	}

	@Export
	@GetMapping("/{missionId}/sectors/summary.csv")
	ResponseEntity<String> sectorSummaryCsv(@PathVariable("missionId") String id,
			@RequestParam(required = false) String at) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + id + "-sectors-" + (at == null ? "latest" : at) + ".csv\"")
			.body(missions.sectorSummaryCsv(id, month(at)));
	}

	@GetMapping("/{missionId}/sites/{siteId}/facilities")
	SiteFacilitiesHistory facilities(@PathVariable("missionId") String id, @PathVariable long siteId) {
		return missions.facilitiesOf(id, siteId);
	}

	/**
	 * What a planner records of a site's facilities from a month on (planners and
	 * administrators, {@code AccessRules}).
	 *
	 * @param from the first month, YYYY-MM
	 * @param medicalLevel none, 1, 2 or 3
	 * @param airFacility none, helipad or airfield
	 * @param helicopters evacuation helicopters based there, or {@code null} where
	 * unknown
	 * @param source where this comes from, so that the next planner can check it
	 */
	record FacilitiesUpdate(String from, String medicalLevel, String airFacility, Integer helicopters, String source) {

		SiteFacilities facilities() {
			if (from == null || from.isBlank()) {
				throw new InvalidInputException("from", Phrase.of("problem.facilities.from"));
			}
			YearMonth month = Months.parse("from", from);
			if (month.getYear() < 1945 || month.getYear() > 2100) {
				throw new InvalidInputException("from", Phrase.of("problem.facilities.fromRange"));
			}
			if (helicopters != null && (helicopters < 0 || helicopters > SiteFacilities.MAX_HELICOPTERS)) {
				throw new InvalidInputException("helicopters",
						Phrase.of("problem.facilities.helicopters", "most", SiteFacilities.MAX_HELICOPTERS));
			}
			if (source == null || source.isBlank()) {
				throw new InvalidInputException("source", Phrase.of("problem.facilities.source"));
			}
			if (source.length() > 500) {
				throw new InvalidInputException("source", Phrase.of("problem.facilities.sourceLong", "n", 500));
			}
			return new SiteFacilities(month, SiteFacilities.medicalLevel(medicalLevel),
					SiteFacilities.airFacility(airFacility), helicopters, source.strip(), true);
		}

	}

	@PutMapping("/{missionId}/sites/{siteId}/facilities")
	SiteFacilitiesHistory recordFacilities(@PathVariable("missionId") String id, @PathVariable long siteId,
			@RequestBody FacilitiesUpdate update, Principal user) {
		return missions.recordFacilities(id, siteId, update.facilities(), user.getName());
	}

	private static YearMonth month(String at) {
		if (at == null || at.isBlank()) {
			return null;
		}
		return Months.parse("at", at);
	}

}
