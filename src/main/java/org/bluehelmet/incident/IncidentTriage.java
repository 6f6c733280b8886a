package org.bluehelmet.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.bluehelmet.system.ConflictException;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.bluehelmet.audit.AuditLog;
import org.bluehelmet.text.Phrase;
import org.springframework.transaction.annotation.Transactional;

/**
 * Triage of a mission's incidents: status, priority, assignee and corrections, each
 * change kept with who and when; comments; deletion. Changes are refused when the
 * incident changed since the person loaded it (optimistic locking on {@code version}).
 */
@Service
@Transactional
class IncidentTriage {

	private final IncidentStore store;

	private final TriageStore triageStore;

	private final IncidentService incidents;

	private final IncidentCube cube;

	private final AuditLog audit;

	private final IncidentPlausibility plausibility;

	private final org.bluehelmet.mission.MissionService missions;

	IncidentTriage(IncidentStore store, TriageStore triageStore, IncidentService incidents, IncidentCube cube,
			AuditLog audit, IncidentPlausibility plausibility, org.bluehelmet.mission.MissionService missions) {
		this.plausibility = plausibility;
		this.missions = missions;
		this.audit = audit;
		this.cube = cube;
		this.triageStore = triageStore;
		this.store = store;
		this.incidents = incidents;
	}

	/**
	 * Applies a triage update.
	 * @return the incident as stored after it
	 * @throws ConflictException when the incident changed since {@code update.version()},
	 * or the status cannot follow the current one
	 */
	public Incident update(String missionId, long id, TriageUpdate update, String user) {
		Incident current = incidents.incident(missionId, id);
		if (current.version() != update.version()) {
			throw new ConflictException("incident " + id + " was changed by someone else since you loaded it (version "
					+ update.version() + ", now " + current.version() + "); reload it and apply your change again");
		}
		TriageStatus status = update.status() == null ? current.status() : update.status();
		if (!TriageRules.allows(current.status(), status)) {
			throw new ConflictException("an incident " + current.status() + " cannot become " + status
					+ "; it can become " + TriageRules.after(current.status()));
		}
		Long duplicateOf = duplicateOf(missionId, current, status, update.duplicateOf());
		String assignee = update.assignee() == null ? current.assignee()
				: update.assignee().isBlank() ? null : update.assignee().trim();
		Incident.Triage next = new Incident.Triage(status,
				update.priority() == null ? current.priority() : update.priority(), assignee, duplicateOf,
				update.category() == null ? current.report().category() : update.category(),
				update.target() == null ? current.report().target() : update.target(),
				update.description() == null ? current.report().description() : update.description(),
				facts(missionId, current, update));
		List<IncidentChange> changes = changes(current, next, user, Instant.now());
		if (changes.isEmpty()) {
			return current;
		}
		if (!triageStore.updateTriage(id, current.version(), next, changes.get(0).changedAt())) {
			throw new ConflictException("incident " + id + " was changed by someone else just now; reload it");
		}
		triageStore.insertChanges(id, changes);
		if (next.category() != current.report().category() || !next.facts().equals(current.facts())) {
			// The cell counts are by category, day, cell and casualties; status, priority
			// or notes leave them as they are, and rebuilding on every edit made map
			// queries slow under load.
			cube.changed(missionId);
		}
		Incident after = incidents.incident(missionId, id);
		audit.record(user, missionId, "incident.update", "incident", id, current, after);
		return after;
	}

	/**
	 * The facts after the update's corrections, checked as a new report is: impossible
	 * ones refused, unlikely ones only once confirmed.
	 */
	private Incident.Facts facts(String missionId, Incident current, TriageUpdate update) {
		if (!update.correctsFacts()) {
			return current.facts();
		}
		NewIncident report = current.report();
		java.time.LocalDate day = update.occurredOn() == null ? report.occurredOn() : update.occurredOn();
		if (report.occurredUntil() != null && report.occurredUntil().isBefore(day)) {
			throw new InvalidInputException("occurredOn",
					Phrase.of("problem.triage.afterUntil", "until", report.occurredUntil().toString()));
		}
		org.bluehelmet.geo.Position position = update.position() == null ? report.position() : update.position();
		String place = update.locationName() == null ? report.locationName()
				: update.locationName().isBlank() ? null : update.locationName().strip();
		Casualties casualties = update.casualties() == null ? report.casualties() : update.casualties();
		NewIncident corrected = new NewIncident(report.source(), report.sourceId(), day, report.occurredUntil(),
				report.occurredTime(), report.timePrecision(), position, report.positionPrecision(), place,
				report.category(), report.target(), report.perpetrator(), report.otherSide(), casualties,
				report.description(), null);
		plausibility.check(missionId, corrected);
		if (!update.isConfirmed()) {
			List<org.bluehelmet.system.NeedsConfirmationException> doubts = plausibility.doubts(missionId, corrected);
			if (!doubts.isEmpty()) {
				throw doubts.get(0);
			}
		}
		int gid = org.bluehelmet.geo.PrioGrid.gidOf(position);
		return new Incident.Facts(day, position, gid, missions.sectorCells(missionId).get(gid), place, casualties);
	}

	private Long duplicateOf(String missionId, Incident current, TriageStatus status, Long requested) {
		if (status != TriageStatus.DUPLICATE) {
			if (requested != null) {
				throw new InvalidInputException("duplicateOf", Phrase.of("problem.triage.notDuplicate"));
			}
			return null;
		}
		Long original = requested != null ? requested : current.duplicateOf();
		if (original == null) {
			throw new InvalidInputException("duplicateOf", Phrase.of("problem.triage.nameOriginal"));
		}
		if (original == current.id()) {
			throw new InvalidInputException("duplicateOf", Phrase.of("problem.triage.duplicateSelf"));
		}
		try {
			incidents.incident(missionId, original);
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException("duplicateOf",
					Phrase.of("problem.triage.noOriginal", "id", String.valueOf(original)));
		}
		return original;
	}

	private static List<IncidentChange> changes(Incident current, Incident.Triage next, String user, Instant at) {
		List<IncidentChange> changes = new ArrayList<>();
		add(changes, user, at, "status", current.status(), next.status());
		add(changes, user, at, "priority", current.priority(), next.priority());
		add(changes, user, at, "assignee", current.assignee(), next.assignee());
		add(changes, user, at, "duplicateOf", current.duplicateOf(), next.duplicateOf());
		add(changes, user, at, "category", current.report().category(), next.category());
		add(changes, user, at, "target", current.report().target(), next.target());
		add(changes, user, at, "description", current.report().description(), next.description());
		Incident.Facts before = current.facts();
		Incident.Facts after = next.facts();
		add(changes, user, at, "occurredOn", before.occurredOn(), after.occurredOn());
		add(changes, user, at, "position", place(before.position()), place(after.position()));
		add(changes, user, at, "locationName", before.locationName(), after.locationName());
		Casualties was = before.casualties();
		Casualties is = after.casualties();
		add(changes, user, at, "killedPeacekeepers", was.killedPeacekeepers(), is.killedPeacekeepers());
		add(changes, user, at, "killedCivilians", was.killedCivilians(), is.killedCivilians());
		add(changes, user, at, "killedOthers", was.killedOthers(), is.killedOthers());
		add(changes, user, at, "woundedPeacekeepers", was.woundedPeacekeepers(), is.woundedPeacekeepers());
		add(changes, user, at, "woundedCivilians", was.woundedCivilians(), is.woundedCivilians());
		add(changes, user, at, "woundedOthers", was.woundedOthers(), is.woundedOthers());
		return changes;
	}

	/** A position in the history's words: latitude, longitude to about 10 m. */
	private static String place(org.bluehelmet.geo.Position position) {
		return String.format(java.util.Locale.ROOT, "%.4f, %.4f", position.lat(), position.lon());
	}

	private static void add(List<IncidentChange> changes, String user, Instant at, String field, Object before,
			Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new IncidentChange(user, at, field, before == null ? null : before.toString(),
					after == null ? null : after.toString()));
		}
	}

	/** Which statuses may follow each status. */
	public Map<TriageStatus, Set<TriageStatus>> workflow() {
		Map<TriageStatus, Set<TriageStatus>> workflow = new EnumMap<>(TriageStatus.class);
		for (TriageStatus status : TriageStatus.values()) {
			workflow.put(status, TriageRules.after(status));
		}
		return workflow;
	}

	@Transactional(readOnly = true)
	public List<IncidentChange> history(String missionId, long id) {
		incidents.incident(missionId, id);
		return triageStore.changes(id);
	}

	public IncidentComment comment(String missionId, long id, String text, String user) {
		incidents.incident(missionId, id);
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("text", Phrase.of("problem.triage.commentEmpty"));
		}
		if (text.length() > 8000) {
			throw new InvalidInputException("text", Phrase.of("problem.triage.commentLong", "n", 8000));
		}
		IncidentComment comment = triageStore.insertComment(id, user, Instant.now(), text.trim());
		audit.record(user, missionId, "incident.comment", "incident", id, null, comment);
		return comment;
	}

	@Transactional(readOnly = true)
	public List<IncidentComment> comments(String missionId, long id) {
		incidents.incident(missionId, id);
		return triageStore.comments(id);
	}

	/**
	 * Deletes an incident with its history and comments; reports naming it as their
	 * original lose that link.
	 */
	public void delete(String missionId, long id, String user) {
		Incident before = incidents.incident(missionId, id);
		store.delete(id);
		audit.record(user, missionId, "incident.delete", "incident", id, before, null);
		cube.changed(missionId);
	}

}
