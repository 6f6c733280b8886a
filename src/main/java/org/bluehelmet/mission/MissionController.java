package org.bluehelmet.mission;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.bluehelmet.audit.Export;
import org.bluehelmet.security.MissionAccess;
import org.bluehelmet.system.Months;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

	private static YearMonth month(String at) {
		if (at == null || at.isBlank()) {
			return null;
		}
		return Months.parse("at", at);
	}

}
