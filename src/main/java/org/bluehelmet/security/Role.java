package org.bluehelmet.security;

/** What an account may do. */
public enum Role {

	/** Reads pages, maps and reports of its missions. */
	VIEWER,
	/** Analyses incidents and forecasts; sees restricted personal data where allowed. */
	ANALYST,
	/** Logs and triages incidents. */
	OPERATIONS_OFFICER,
	/** Plans the posture: temporary operating bases, units, scenarios. */
	PLANNER,
	/** Keeps requirements and pledges. */
	FORCE_GENERATION_OFFICER,
	/** Manages a mission's accounts, indicators and data. */
	MISSION_ADMINISTRATOR,
	/** Manages the installation and every mission. */
	SYSTEM_ADMINISTRATOR;

	/** The authority Spring Security gives an account with this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
