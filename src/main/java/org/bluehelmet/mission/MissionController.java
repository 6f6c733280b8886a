package org.bluehelmet.mission;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.bluehelmet.system.InvalidInputException;
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

	MissionController(MissionService missions) {
		this.missions = missions;
	}

	@GetMapping
	List<Mission> missions() {
		return missions.missions();
	}

	@GetMapping("/{id}")
	MissionOverview mission(@PathVariable String id) {
		return missions.overview(id);
	}

	@GetMapping("/{id}/deployment-maps")
	List<DeploymentMap> deploymentMaps(@PathVariable String id) {
		return missions.deploymentMaps(id);
	}

	@GetMapping("/{id}/sites")
	List<SiteSnapshot> sites(@PathVariable String id, @RequestParam(required = false) String at) {
		return missions.sitesAt(id, month(at));
	}

	@GetMapping(path = "/{id}/sites.geojson")
	ResponseEntity<Map<String, Object>> sitesGeoJson(@PathVariable String id,
			@RequestParam(required = false) String at) {
		return ResponseEntity.ok().contentType(GEO_JSON).body(missions.sitesGeoJson(id, month(at)));
	}

	@GetMapping("/{id}/sectors")
	List<Sector> sectors(@PathVariable String id) {
		return missions.sectors(id);
	}

	@GetMapping("/{id}/sectors.geojson")
	ResponseEntity<Map<String, Object>> sectorsGeoJson(@PathVariable String id) {
		return ResponseEntity.ok().contentType(GEO_JSON).body(missions.sectorAreasGeoJson(id));
	}

	@GetMapping("/{id}/outline.geojson")
	ResponseEntity<String> outline(@PathVariable String id) {
		return ResponseEntity.ok()
			.contentType(GEO_JSON)
			.body(missions.areaOutline(id).orElse("{\"type\":\"FeatureCollection\",\"features\":[]}"));
	}

	@GetMapping("/{id}/sectors/summary")
	List<SectorSummary> sectorSummary(@PathVariable String id, @RequestParam(required = false) String at) {
		return missions.sectorSummary(id, month(at));
	}

	@GetMapping("/{id}/sectors/summary.csv")
	ResponseEntity<String> sectorSummaryCsv(@PathVariable String id, @RequestParam(required = false) String at) {
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
		try {
			return YearMonth.parse(at.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("at", "'" + at + "' is not a month; write it as YYYY-MM, e.g. 2020-12");
		}
	}

}
