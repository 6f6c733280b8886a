package org.bluehelmet.mission;

/**
 * Published inside the transaction that stores a mission pack (a demo mission or one a
 * user imports), so that other features store their part of the pack (incidents,
 * requirements, pledges, indicators) all or nothing with it: a listener that refuses its
 * file throws, and nothing of the pack is stored.
 *
 * @param missionId the mission's id
 * @param files the pack's optional files
 * @param actor who imports the pack, for the audit log ({@code system} for the demo)
 */
public record MissionPackStored(String missionId, PackFiles files, String actor) {

	// The order in which the features store (and export) their files of a pack, each
	// listener's @Order: what a later one reads must be stored already. Force
	// generation's default day and the indicators' baselines are computed from the
	// incidents; the indicators from everything, so they come last.

	/** Incidents first: the others read them. */
	public static final int INCIDENTS = 100;

	/** Peacekeeper fatalities. */
	public static final int FATALITIES = 200;

	/** Requirements and pledges (their default day comes from the incidents). */
	public static final int FORCE_GENERATION = 300;

	/** Indicators last (a baseline year is computed from all the rest). */
	public static final int INDICATORS = 400;

}
