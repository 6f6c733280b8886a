package org.bluehelmet.forcegen;

import java.time.LocalDate;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;

/**
 * What a mission needs: a number of units of a capability, with their people and key
 * equipment, where, in which language, by when, and why.
 *
 * @param id its number in Blue Helmet
 * @param missionId the mission
 * @param reference its own reference (the key of imports)
 * @param capability what the units must do
 * @param units how many units
 * @param personnel how many people in all
 * @param equipment key equipment, as text
 * @param sector where, or {@code null} for anywhere
 * @param language working language asked for, or {@code null}
 * @param womenShareTarget the share of women aimed at, or {@code null}
 * @param neededBy by when, or {@code null}
 * @param priority 1 (highest) to 3
 * @param origin where it comes from: a resolution, a report, a gap found by the planner
 * @param issuedOn the day it was issued, or {@code null} when not known: monthly measures
 * count it from then (in every month when not known)
 */
record Requirement(long id, String missionId, String reference, Capability capability, int units, int personnel,
		String equipment, String sector, String language, Double womenShareTarget, LocalDate neededBy, int priority,
		String origin, LocalDate issuedOn) {

	public Requirement {
		if (units < 0 || personnel < 0) {
			throw new InvalidInputException("personnel", Phrase.of("problem.requirement.negative"));
		}
		if (priority < 1 || priority > 3) {
			throw new InvalidInputException("priority", Phrase.of("problem.requirement.priority", "value", priority));
		}
		if (womenShareTarget != null && (womenShareTarget < 0 || womenShareTarget > 1)) {
			throw new InvalidInputException("womenShareTarget", Phrase.of("problem.indicator.share"));
		}
		if (issuedOn != null && neededBy != null && issuedOn.isAfter(neededBy)) {
			throw new InvalidInputException("issued_on", Phrase.of("problem.requirement.issuedAfter", "issued",
					issuedOn.toString(), "needed", neededBy.toString()));
		}
	}

	/**
	 * Whether it had been issued by the end of that day (always, when its date is not
	 * known).
	 */
	public boolean issuedBy(LocalDate day) {
		return issuedOn == null || !issuedOn.isAfter(day);
	}

}
