package org.bluehelmet.forcegen;

/**
 * The levels of the UN's Peacekeeping Capability Readiness System (PCRS): how ready a
 * pledged unit is to deploy.
 */
public enum ReadinessLevel {

	/** Level 1: pledged, with a list of personnel and equipment. */
	LEVEL_1,
	/** Level 2: an assessment and advisory visit has found it as pledged. */
	LEVEL_2,
	/** Level 3: aligned with the statement of unit requirements, ready for selection. */
	LEVEL_3,
	/**
	 * Rapid Deployment Level: level 3 and deployable within 60 days of the UN's request.
	 */
	RAPID_DEPLOYMENT

}
