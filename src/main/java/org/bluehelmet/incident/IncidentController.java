package org.bluehelmet.incident;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.bluehelmet.audit.Export;
import org.bluehelmet.security.AccessRules;
import org.bluehelmet.security.MissionAccess;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;
import org.springframework.format.annotation.DateTimeFormat;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A mission's incidents: list, one incident, exports, counts and the protection gap
 * (imports in {@link IncidentImportController}, triage in
 * {@link IncidentTriageController}).
 */
@RestController
@RequestMapping("/api/v1/missions/{missionId}")
class IncidentController {

	private final IncidentService incidents;

	private final IncidentExport export;

	IncidentController(IncidentService incidents, IncidentExport export) {
		this.incidents = incidents;
		this.export = export;
	}

	@GetMapping("/incidents")
	IncidentPage list(@PathVariable String missionId, @ParameterObject IncidentQuery query, Principal user) {
		return incidents.searchFor(user.getName(), query.filter(missionId), query.pageOrFirst(), query.sizeOrDefault())
			.map(IncidentController::shown);
	}

	/**
	 * Logs one incident; 201 with the stored incident, 409 when its source id is already
	 * stored.
	 */
	@PostMapping("/incidents")
	ResponseEntity<Incident> create(@PathVariable String missionId, @RequestBody NewIncident report,
			@RequestParam(defaultValue = "false") boolean confirmed, Principal user) {
		Incident stored = incidents.create(missionId, report, user.getName(), confirmed);
		return ResponseEntity.created(URI.create("/api/v1/missions/" + missionId + "/incidents/" + stored.id()))
			.body(shown(stored));
	}

	/** The incidents a query selects, as CSV with an HXL hashtag row; streamed. */
	@Export
	@GetMapping(path = "/incidents.csv")
	ResponseEntity<StreamingResponseBody> exportCsv(@PathVariable String missionId,
			@ParameterObject IncidentQuery query) {
		IncidentFilter filter = query.filter(missionId);
		incidents.count(missionId); // 404 before the answer starts
		boolean personal = mayReadPersonalData();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + missionId + "-incidents.csv\"")
			.body(out -> export.csv(filter, personal, out));
	}

	/** The incidents a query selects, as a GeoJSON FeatureCollection; streamed. */
	@Export
	@GetMapping(path = "/incidents.geojson")
	ResponseEntity<StreamingResponseBody> exportGeoJson(@PathVariable String missionId,
			@ParameterObject IncidentQuery query) {
		IncidentFilter filter = query.filter(missionId);
		incidents.count(missionId);
		boolean personal = mayReadPersonalData();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/geo+json"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + missionId + "-incidents.geojson\"")
			.body(out -> export.geoJson(filter, personal, out));
	}

	@GetMapping("/incidents/{incidentId}")
	Incident incident(@PathVariable String missionId, @PathVariable long incidentId, Principal user) {
		return shown(incidents.open(missionId, incidentId, user.getName()));
	}

	/**
	 * Incidents and deaths per PRIO-GRID cell for a map: the cells the box covers (every
	 * cell without one), in the period, of the categories asked for.
	 */
	@GetMapping("/incidents/cells")
	List<CellCount> cells(@PathVariable String missionId, @ParameterObject IncidentQuery query) {
		IncidentFilter filter = query.filter(missionId);
		return incidents.cellCounts(missionId, filter.bbox(), filter.from(), filter.to(), filter.categories());
	}

	/** The same counts as CSV, for download beside a chart. */
	@Export
	@GetMapping("/incidents/counts.csv")
	ResponseEntity<String> countsCsv(@PathVariable String missionId, @ParameterObject IncidentQuery query,
			@RequestParam(defaultValue = "sector") String by) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + missionId + "-incidents-by-" + by + ".csv\"")
			.body(IncidentExport.countsCsv(by, counts(missionId, query, by)));
	}

	/** Counts by {@code sector} (default) or {@code cell}, and month. */
	@GetMapping("/incidents/counts")
	List<AreaMonthCount> counts(@PathVariable String missionId, @ParameterObject IncidentQuery query,
			@RequestParam(defaultValue = "sector") String by) {
		return switch (by) {
			case "sector" -> incidents.countsBySectorAndMonth(query.filter(missionId));
			case "cell" -> incidents.countsByCellAndMonth(query.filter(missionId));
			case "category" -> incidents.countsByCategoryAndMonth(query.filter(missionId));
			default -> throw new InvalidInputException("by", Phrase.of("problem.counts.by", "by", by));
		};
	}

	@GetMapping("/protection-gap")
	List<ProtectionGap> protectionGap(@PathVariable String missionId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) YearMonth at) {
		return incidents.protectionGap(missionId, from, to, at);
	}

	/**
	 * Whether the caller may see personal data; asked before a streamed answer starts, on
	 * the request's thread, where the caller is known.
	 */
	private static boolean mayReadPersonalData() {
		return MissionAccess.callerHas(AccessRules.PERSONAL_DATA);
	}

	/** An incident as the caller may see it. */
	static Incident shown(Incident incident) {
		return mayReadPersonalData() ? incident : incident.withoutPersonalData();
	}

}
