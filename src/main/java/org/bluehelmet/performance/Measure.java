package org.bluehelmet.performance;

/**
 * What an indicator measures over the stored data, per month. Incident measures count the
 * incidents that started in the month (duplicates excluded) and take a sector and
 * categories as filters; posture measures evaluate the deployment map in force that
 * month; force-generation measures are the pledges' state as recorded now (their history
 * is not kept month by month).
 */
public enum Measure {

	/** Attacks on civilians that started in the month. */
	ATTACKS_ON_CIVILIANS("attacks per month", Source.INCIDENTS, "attacks on civilians that started in the month"),
	/** Incidents of the chosen categories that started in the month. */
	INCIDENTS("incidents per month", Source.INCIDENTS, "incidents that started in the month"),
	/** Civilians killed in incidents that started in the month. */
	CIVILIANS_KILLED("people per month", Source.INCIDENTS, "civilians killed in incidents that started in the month"),
	/** Peacekeepers killed or wounded by hostile acts in the month. */
	PEACEKEEPER_CASUALTIES("people per month", Source.INCIDENTS,
			"peacekeepers killed or wounded by hostile acts in the month (incidents recording them)"),
	/** Peacekeepers killed by malicious acts in the month, from the UN's record. */
	PEACEKEEPERS_KILLED_BY_MALICIOUS_ACTS("people per month", Source.FATALITIES,
			"peacekeepers of the mission killed by malicious acts in the month, from the UN's record of "
					+ "peacekeeping fatalities"),
	/** The share of those casualties caused by explosive devices. */
	IED_SHARE_OF_PEACEKEEPER_CASUALTIES("share", Source.INCIDENTS,
			"share of peacekeepers killed or wounded in the month whose incident was an explosive device"),
	/** Incidents logged in the month and verified within 24 hours of being logged. */
	VERIFIED_WITHIN_24_HOURS("share", Source.INCIDENTS,
			"share of the incidents logged in Blue Helmet in the month that were verified within 24 hours"),
	/** People at risk within reach of a camp, as deployed that month. */
	PEOPLE_AT_RISK_WITHIN_REACH("share", Source.POSTURE,
			"share of people at risk (population times the share of the last 12 months with an attack on "
					+ "civilians) living within 3 hours by road of a camp on the month's deployment map"),
	/** The mission area's cells from which surgery is reached in 2 hours by day. */
	AREA_WITHIN_CASEVAC_REACH("share", Source.POSTURE,
			"share of the mission area's cells from which a casualty reaches surgery within 2 hours by day "
					+ "(the 10-1-2 standard), on the month's deployment map"),
	/** Deployed against required personnel over all requirements. */
	CAPABILITY_FILL("share", Source.FORCE_GENERATION,
			"people of the pledges made for a force requirement and deployed by the month's end (each "
					+ "pledge's deployment date), up to each requirement's need, against the people the "
					+ "requirements issued by then ask for; units of the standing force fill no requirement"),
	/** Women's share of the people deployed by pledged units. */
	WOMEN_SHARE_DEPLOYED("share", Source.FORCE_GENERATION,
			"women's share of the people of pledged units deployed by the month's end");

	/** Where a measure's data come from. */
	public enum Source {

		INCIDENTS, POSTURE, FORCE_GENERATION, FATALITIES

	}

	private final String unit;

	private final Source source;

	private final String definition;

	Measure(String unit, Source source, String definition) {
		this.unit = unit;
		this.source = source;
		this.definition = definition;
	}

	public String unit() {
		return unit;
	}

	public Source source() {
		return source;
	}

	public String definition() {
		return definition;
	}

	/** Whether a share (0 to 1) rather than a count. */
	public boolean isShare() {
		return unit.equals("share");
	}

	/** Whether the measure can be restricted to a sector. */
	public boolean takesSector() {
		return source != Source.FORCE_GENERATION && source != Source.FATALITIES && this != VERIFIED_WITHIN_24_HOURS;
	}

	/** Whether the measure can be restricted to incident categories. */
	public boolean takesCategories() {
		return this == INCIDENTS || this == CIVILIANS_KILLED || this == PEACEKEEPER_CASUALTIES;
	}

}
