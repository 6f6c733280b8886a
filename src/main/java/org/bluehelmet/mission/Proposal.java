package org.bluehelmet.mission;

import org.bluehelmet.system.InvalidInputException;

/**
 * A proposal to change a mission's strength, as put to the Security Council (MINUSMA's
 * 2021 proposal to add 1,730 troops and 339 police, say): the posture planner offers one
 * standard scenario per proposal.
 *
 * @param name what the proposal is called
 * @param addedTroops troops it adds
 * @param addedPolice police it adds
 * @param source the document that made it (a Secretary-General's report)
 */
public record Proposal(String name, int addedTroops, int addedPolice, String source) {

	/** The most troops or police one proposal adds. */
	static final int MAX_ADDED = 100_000;

	public Proposal {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new InvalidInputException("proposals", "a proposal needs a name of 1 to 200 characters");
		}
		if (addedTroops < 0 || addedTroops > MAX_ADDED || addedPolice < 0 || addedPolice > MAX_ADDED) {
			throw new InvalidInputException("proposals",
					"proposal " + name + ": added troops and police are between 0 and " + MAX_ADDED);
		}
	}

}
