package org.bluehelmet.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;

/**
 * Which roles may call what, in one place: every request needs an account; reading is
 * open to every role of the mission; the rules below restrict the rest. Which missions an
 * account sees is {@link MissionAccess}'s business; which fields it sees is
 * {@link #PERSONAL_DATA}.
 */
public final class AccessRules {

	/** Log, import and triage incidents. */
	public static final Set<Role> INCIDENT_WRITERS = EnumSet.of(Role.OPERATIONS_OFFICER, Role.MISSION_ADMINISTRATOR,
			Role.SYSTEM_ADMINISTRATOR);

	/** Keep requirements, pledges and the pipeline's durations. */
	public static final Set<Role> FORCE_GENERATORS = EnumSet.of(Role.FORCE_GENERATION_OFFICER,
			Role.MISSION_ADMINISTRATOR, Role.SYSTEM_ADMINISTRATOR);

	/**
	 * Save and delete posture scenarios (everyone of the mission may evaluate one without
	 * saving it).
	 */
	public static final Set<Role> POSTURE_PLANNERS = EnumSet.of(Role.PLANNER, Role.OPERATIONS_OFFICER,
			Role.MISSION_ADMINISTRATOR, Role.SYSTEM_ADMINISTRATOR);

	/**
	 * Record what a site offers casualty evacuation (medical level, airfield,
	 * helicopters): planners and administrators.
	 */
	public static final Set<Role> FACILITY_EDITORS = EnumSet.of(Role.PLANNER, Role.MISSION_ADMINISTRATOR,
			Role.SYSTEM_ADMINISTRATOR);

	/**
	 * Start analyses that cost minutes of computing (backtests): those whose work is
	 * analysis, not every reader.
	 */
	public static final Set<Role> ANALYSTS = EnumSet.of(Role.ANALYST, Role.PLANNER, Role.MISSION_ADMINISTRATOR,
			Role.SYSTEM_ADMINISTRATOR);

	/** Add missions to the installation. */
	public static final Set<Role> SYSTEM_ADMINISTRATORS = EnumSet.of(Role.SYSTEM_ADMINISTRATOR);

	/** Delete incidents, manage accounts, read the audit log. */
	public static final Set<Role> ADMINISTRATORS = EnumSet.of(Role.MISSION_ADMINISTRATOR, Role.SYSTEM_ADMINISTRATOR);

	/**
	 * See personal data in incidents (names of victims, witnesses and informants,
	 * restricted notes): those who work the reports, not every reader, and not the system
	 * administrator, who runs the installation.
	 */
	public static final Set<Role> PERSONAL_DATA = EnumSet.of(Role.ANALYST, Role.OPERATIONS_OFFICER,
			Role.MISSION_ADMINISTRATOR);

	/**
	 * A request pattern (Ant style, as Spring Security matches it) and who may call it.
	 */
	public record Rule(HttpMethod method, String pattern, Set<Role> roles) {
	}

	/** In order: the first rule that matches a request decides. */
	public static final List<Rule> RULES = List.of(new Rule(HttpMethod.POST, "/api/v1/missions", SYSTEM_ADMINISTRATORS),
			new Rule(HttpMethod.DELETE, "/api/v1/missions/*/incidents/*", ADMINISTRATORS),
			new Rule(HttpMethod.POST, "/api/v1/missions/*/deployment-maps", ADMINISTRATORS),
			new Rule(HttpMethod.GET, "/api/v1/missions/*/pack.zip", ADMINISTRATORS),
			new Rule(HttpMethod.POST, "/api/v1/missions/*/incidents", INCIDENT_WRITERS),
			new Rule(HttpMethod.POST, "/api/v1/missions/*/incidents/**", INCIDENT_WRITERS),
			new Rule(HttpMethod.PATCH, "/api/v1/missions/*/incidents/*", INCIDENT_WRITERS),
			new Rule(HttpMethod.POST, "/api/v1/missions/*/forcegen/**", FORCE_GENERATORS),
			new Rule(HttpMethod.PATCH, "/api/v1/missions/*/forcegen/**", FORCE_GENERATORS),
			new Rule(HttpMethod.PUT, "/api/v1/missions/*/forcegen/**", FORCE_GENERATORS),
			new Rule(HttpMethod.POST, "/api/v1/missions/*/posture/scenarios", POSTURE_PLANNERS),
			new Rule(HttpMethod.DELETE, "/api/v1/missions/*/posture/scenarios/*", POSTURE_PLANNERS),
			new Rule(HttpMethod.POST, "/api/v1/missions/*/warning/backtest/jobs", ANALYSTS),
			new Rule(HttpMethod.PUT, "/api/v1/missions/*/sites/*/facilities", FACILITY_EDITORS),
			new Rule(HttpMethod.POST, "/api/v1/missions/*/indicators", ADMINISTRATORS),
			new Rule(HttpMethod.POST, "/api/v1/missions/*/fatalities", ADMINISTRATORS),
			new Rule(HttpMethod.DELETE, "/api/v1/missions/*/indicators/*", ADMINISTRATORS),
			new Rule(null, "/api/v1/admin/**", ADMINISTRATORS));

	private AccessRules() {
	}

	static String[] authorities(Set<Role> roles) {
		return roles.stream().map(Role::name).toArray(String[]::new);
	}

}
