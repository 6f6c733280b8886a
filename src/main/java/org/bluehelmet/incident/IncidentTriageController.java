package org.bluehelmet.incident;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Joint Operations Centre's triage of an incident: status, history, comments,
 * deletion.
 */
@RestController
@RequestMapping("/api/v1/missions/{missionId}")
class IncidentTriageController {

	private final IncidentTriage triage;

	IncidentTriageController(IncidentTriage triage) {
		this.triage = triage;
	}

	/**
	 * Triage: status, priority, assignee, corrections; 409 when the incident changed
	 * since {@code version}.
	 */
	@PatchMapping("/incidents/{incidentId}")
	Incident update(@PathVariable String missionId, @PathVariable long incidentId, @RequestBody TriageUpdate update,
			Principal user) {
		return IncidentController.shown(triage.update(missionId, incidentId, update, user.getName()));
	}

	/**
	 * Which triage status may follow which, for pages that offer only allowed changes.
	 */
	@GetMapping("/incidents/workflow")
	Map<TriageStatus, Set<TriageStatus>> workflow() {
		return triage.workflow();
	}

	@DeleteMapping("/incidents/{incidentId}")
	ResponseEntity<Void> delete(@PathVariable String missionId, @PathVariable long incidentId, Principal user) {
		triage.delete(missionId, incidentId, user.getName());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/incidents/{incidentId}/history")
	List<IncidentChange> history(@PathVariable String missionId, @PathVariable long incidentId) {
		return triage.history(missionId, incidentId);
	}

	@GetMapping("/incidents/{incidentId}/comments")
	List<IncidentComment> comments(@PathVariable String missionId, @PathVariable long incidentId) {
		return triage.comments(missionId, incidentId);
	}

	/** Adds a comment; the body is {@code {"text": "..."}}. */
	@PostMapping("/incidents/{incidentId}/comments")
	ResponseEntity<IncidentComment> comment(@PathVariable String missionId, @PathVariable long incidentId,
			@RequestBody Map<String, String> body, Principal user) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(triage.comment(missionId, incidentId, body.get("text"), user.getName()));
	}

}
