package org.bluehelmet.casualty;

import java.time.LocalDate;

import org.bluehelmet.system.InvalidInputException;

/**
 * One peacekeeper who died in service, as the UN's record of peacekeeping fatalities
 * lists them.
 *
 * @param casualtyId the record's own id, unique across missions (e.g.
 * {@code MINUSMA-2013-09-00123})
 * @param day the day of the incident
 * @param mission the mission's acronym as the record writes it
 * @param casualtyType the kind of casualty ({@code Fatality})
 * @param gender M or F, when given
 * @param nationality the peacekeeper's country
 * @param personnelType military, police, military observer, civilian staff…
 * @param incidentType what caused the death: {@value #MALICIOUS_ACT}, accident, illness,
 * self-inflicted, to be determined, unknown
 * @param isoCode3 the nationality's ISO 3166 code
 * @param lastUpdate the day the record was last updated
 */
record PeacekeeperFatality(String casualtyId, LocalDate day, String mission, String casualtyType, String gender,
		String nationality, String personnelType, String incidentType, String isoCode3, LocalDate lastUpdate) {

	/** The record's name for a death caused by a hostile act. */
	public static final String MALICIOUS_ACT = "Malicious Act";

	public PeacekeeperFatality {
		if (casualtyId == null || casualtyId.isBlank() || casualtyId.length() > 60) {
			throw new InvalidInputException("casualty_id", "a casualty id has 1 to 60 characters");
		}
		if (mission == null || mission.isBlank()) {
			throw new InvalidInputException("mission_acronym", "is empty");
		}
		if (day == null) {
			throw new InvalidInputException("incident_date", "is empty");
		}
		atMost("mission_acronym", mission);
		atMost("type_of_casualty", casualtyType);
		atMost("gender", gender);
		atMost("casualty_nationality", nationality);
		atMost("casualty_personnel_type", personnelType);
		atMost("type_of_incident", incidentType);
		atMost("isocode3", isoCode3);
	}

	/** The most a text field holds (the table's columns). */
	static final int MAX_TEXT = 100;

	private static void atMost(String column, String value) {
		if (value != null && value.length() > MAX_TEXT) {
			throw new InvalidInputException(column, "has at most " + MAX_TEXT + " characters");
		}
	}

	/** Whether the death was caused by a hostile act. */
	public boolean malicious() {
		return MALICIOUS_ACT.equalsIgnoreCase(incidentType);
	}

}
