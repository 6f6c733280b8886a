package org.bluehelmet.incident;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A stored incident: the report, what the system derived from its position, and its
 * triage state.
 *
 * @param id database id
 * @param missionId the mission it belongs to
 * @param report what was reported
 * @param gid the PRIO-GRID cell of its position
 * @param sector the mission sector holding that cell, or {@code null} outside the
 * mission's area
 * @param status triage status
 * @param priority triage priority
 * @param assignee who is working on it, or {@code null}
 * @param duplicateOf the report this one duplicates, when its status is {@code DUPLICATE}
 * @param suspectedDuplicateOf a report of another source that looks like the same
 * incident (same day, category and a few km apart), flagged for triage; or {@code null}
 * @param createdBy who logged or imported it
 * @param createdAt when
 * @param updatedAt when it last changed
 * @param version incremented by every change (optimistic locking)
 */
public record Incident(long id, String missionId, @JsonUnwrapped NewIncident report, int gid, String sector,
		TriageStatus status, Priority priority, String assignee, Long duplicateOf, Long suspectedDuplicateOf,
		String createdBy, Instant createdAt, Instant updatedAt, int version) {

	/** The fields triage may change, as a whole. */
	public record Triage(TriageStatus status, Priority priority, String assignee, Long duplicateOf,
			IncidentCategory category, Target target, String description, Facts facts) {
	}

	/**
	 * What happened, as triage may correct it: the day, the place (with the cell and
	 * sector it falls in) and the casualties.
	 */
	public record Facts(java.time.LocalDate occurredOn, org.bluehelmet.geo.Position position, int gid, String sector,
			String locationName, Casualties casualties) {
	}

	/** The facts as stored. */
	public Facts facts() {
		return new Facts(report.occurredOn(), report.position(), gid, sector, report.locationName(),
				report.casualties());
	}

	/** The same incident without the report's personal data. */
	public Incident withoutPersonalData() {
		return report.personal() == null ? this
				: new Incident(id, missionId, report.withoutPersonalData(), gid, sector, status, priority, assignee,
						duplicateOf, suspectedDuplicateOf, createdBy, createdAt, updatedAt, version);
	}

}
