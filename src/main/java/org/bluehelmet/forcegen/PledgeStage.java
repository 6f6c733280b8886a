package org.bluehelmet.forcegen;

/**
 * The steps a pledge goes through, in order, from the pledge to the unit's arrival. The
 * camp (land and host-state approval) is readied beside the others, from selection on,
 * and can hold a unit back when everything else is done.
 */
public enum PledgeStage {

	/** A member state pledged the unit (PCRS level 1). */
	PLEDGED,
	/** The assessment and advisory visit took place. */
	ASSESSMENT_VISIT,
	/** PCRS level 2 reached. */
	LEVEL_2,
	/** PCRS level 3 reached. */
	LEVEL_3,
	/** Selected for the mission. */
	SELECTED,
	/**
	 * Memorandum of understanding signed (reimbursement, equipment, self-sustainment).
	 */
	MOU,
	/** Pre-deployment visit done: ready to move. */
	PRE_DEPLOYMENT_VISIT,
	/** The camp and land are ready, the host state having approved them. */
	CAMP_READY,
	/** Deployed in the mission area. */
	DEPLOYED;

	/** Whether this step comes after {@code other}. */
	public boolean isAfter(PledgeStage other) {
		return ordinal() > other.ordinal();
	}

}
