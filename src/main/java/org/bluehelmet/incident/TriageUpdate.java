package org.bluehelmet.incident;

import org.bluehelmet.system.InvalidInputException;

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
public record TriageUpdate(Integer version, TriageStatus status, Priority priority, String assignee, Long duplicateOf,
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
			throw new InvalidInputException("version", "send the version of the incident you changed");
		}
		if (assignee != null && assignee.length() > 60) {
			throw new InvalidInputException("assignee", "a user name has at most 60 characters");
		}
		if (description != null && description.length() > 8000) {
			throw new InvalidInputException("description", "a description has at most 8000 characters");
		}
		if (locationName != null && locationName.length() > 200) {
			throw new InvalidInputException("locationName", "a place name has at most 200 characters");
		}
	}

}
