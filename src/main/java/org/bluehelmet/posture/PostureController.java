package org.bluehelmet.posture;

import java.security.Principal;
import java.util.List;

import org.bluehelmet.audit.Export;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.bluehelmet.warning.Alert;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The posture planner over HTTP: scenarios evaluated, planned, saved and compared. */
@RestController
@RequestMapping("/api/v1/missions/{missionId}/posture")
class PostureController {

	private final PostureService posture;

	private final StandardScenarios standard;

	private final ScenarioService scenarios;

	private final PostureAlerts alerts;

	PostureController(PostureService posture, StandardScenarios standard, ScenarioService scenarios,
			PostureAlerts alerts) {
		this.posture = posture;
		this.standard = standard;
		this.scenarios = scenarios;
		this.alerts = alerts;
	}

	/**
	 * The starting scenarios: as deployed, the planner with the same troops, and the
	 * planner with each of the mission's proposals.
	 */
	@GetMapping("/standard")
	List<ScenarioResult> standard(@PathVariable String missionId, @RequestParam(defaultValue = "history") String risk) {
		return standard.of(missionId, risk);
	}

	/** Evaluates (and for planned scenarios, plans) a scenario without saving it. */
	@PostMapping("/evaluate")
	ScenarioResult evaluate(@PathVariable String missionId, @RequestBody ScenarioRequest request) {
		return posture.evaluate(missionId, request);
	}

	@GetMapping("/scenarios")
	List<SavedScenario> saved(@PathVariable String missionId) {
		return scenarios.all(missionId);
	}

	@PostMapping("/scenarios")
	ResponseEntity<SavedScenario> save(@PathVariable String missionId, @RequestBody ScenarioRequest request,
			Principal user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(scenarios.save(missionId, request, user.getName()));
	}

	@GetMapping("/scenarios/{scenarioId}")
	SavedScenario one(@PathVariable String missionId, @PathVariable long scenarioId) {
		return scenarios.get(missionId, scenarioId);
	}

	@DeleteMapping("/scenarios/{scenarioId}")
	ResponseEntity<Void> delete(@PathVariable String missionId, @PathVariable long scenarioId, Principal user) {
		scenarios.delete(missionId, scenarioId, user.getName());
		return ResponseEntity.noContent().build();
	}

	/**
	 * Early-warning alerts beyond the reach of a posture: as deployed, or a saved
	 * scenario's (by its number).
	 */
	@GetMapping("/alerts")
	List<Alert> alerts(@PathVariable String missionId,
			@RequestParam(defaultValue = ScenarioService.AS_DEPLOYED) String scenario,
			@RequestParam(defaultValue = "0.1") double threshold, @RequestParam(required = false) String origin) {
		return alerts.alerts(missionId, scenario, origin(origin), threshold);
	}

	/** A forecast origin as asked for, or {@code null} for the default. */
	private static java.time.YearMonth origin(String origin) {
		return origin == null || origin.isBlank() ? null : org.bluehelmet.system.Months.parse("origin", origin);
	}

	/** One of those alerts as an OASIS CAP 1.2 message. */
	@Export
	@GetMapping("/alerts/{gid}.cap")
	ResponseEntity<String> cap(@PathVariable String missionId, @PathVariable int gid,
			@RequestParam(defaultValue = ScenarioService.AS_DEPLOYED) String scenario,
			@RequestParam(defaultValue = "0.1") double threshold, @RequestParam(required = false) String origin) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"alert-" + gid + ".cap.xml\"")
			.body(alerts.cap(missionId, scenario, origin(origin), gid, threshold));
	}

}
