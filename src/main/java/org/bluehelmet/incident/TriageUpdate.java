package org.bluehelmet.incident;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;

/**
 * What a person changes in triage; fields left {@code null} stay as they are.
 * {@code version} is the version the person saw: if the incident changed since, the
 * update is refused rather than overwriting someone else's work.
 *
 * @param version the incident's version as loaded (required)
 * @param status new triage status
 * @param priority new priority
 * @param assignee new assignee; an empty text removes the assignee
 * @param duplicateOf the incident this one duplicates (required with status DUPLICATE)
 * @param category corrected category
 * @param target corrected target
 * @param description corrected description
 * @param occurredOn corrected day
 * @param position corrected place (both coordinates)
 * @param locationName corrected place name; an empty text removes it
 * @param casualties corrected counts, all six at once (a {@code null} count is unknown)
 * @param confirmed the person has checked a correction that looked unlikely (a day before
 * the mission's data begin, hundreds of casualties)
 */
record TriageUpdate(Integer version, TriageStatus status, Priority priority, String assignee, Long duplicateOf,
		IncidentCategory category, Target target, String description, java.time.LocalDate occurredOn,
		org.bluehelmet.geo.Position position, String locationName, Casualties casualties, Boolean confirmed) {

	public TriageUpdate(Integer version, TriageStatus status, Priority priority, String assignee, Long duplicateOf,
			IncidentCategory category, Target target, String description) {
		this(version, status, priority, assignee, duplicateOf, category, target, description, null, null, null, null,
				null);
	}

	/** Whether the person confirmed an unlikely correction. */
	public boolean isConfirmed() {
		return Boolean.TRUE.equals(confirmed);
	}

	/** Whether the update corrects what happened (day, place or casualties). */
	public boolean correctsFacts() {
		return occurredOn != null || position != null || locationName != null || casualties != null;
	}

	public TriageUpdate {
		if (version == null) {
			throw new InvalidInputException("version", Phrase.of("problem.triage.version"));
		}
		if (assignee != null && assignee.length() > 60) {
			throw new InvalidInputException("assignee", Phrase.of("problem.triage.assignee", "n", 60));
		}
		if (description != null && description.length() > 8000) {
			throw new InvalidInputException("description", Phrase.of("problem.triage.description", "n", 8000));
		}
		if (locationName != null && locationName.length() > 200) {
			throw new InvalidInputException("locationName", Phrase.of("problem.triage.place", "n", 200));
		}
	}

}
