package org.bluehelmet.mission;

import java.time.YearMonth;

/**
 * What a site offers casualty evacuation from a month on: the medical care there, what
 * aircraft can land and how many evacuation helicopters are based there, with the source
 * a planner can check. Where nothing is recorded, the facilities are the planning
 * assumption made from Geo-PKO's unit types ({@link #assumed}).
 *
 * @param from the first month these facilities hold; {@code null} for an assumption
 * @param medicalLevel the medical care there
 * @param airFacility what aircraft can land there
 * @param helicopters casualty-evacuation helicopters based there, or {@code null} where
 * no source says (the planner then assumes helicopters at airfields and hospitals)
 * @param source where this comes from
 * @param recorded whether a source or a person recorded it (else it is the assumption)
 */
public record SiteFacilities(YearMonth from, MedicalLevel medicalLevel, AirFacility airFacility, Integer helicopters,
		String source, boolean recorded) {

	/** The most helicopters one site can be said to hold: a bound for typing errors. */
	public static final int MAX_HELICOPTERS = 100;

	/** The assumption made from Geo-PKO's unit types for a site with no record. */
	public static SiteFacilities assumed(Site site) {
		return new SiteFacilities(null, site.medicalLevel(), site.airFacility(), null,
				"Planning assumption from the deployment maps' unit types (no source recorded)", false);
	}

	/** Whether damage-control surgery (level 2 or more) is there. */
	public boolean surgery() {
		return medicalLevel.compareTo(MedicalLevel.LEVEL_2) >= 0;
	}

	/**
	 * Reads a medical level as packs write it: {@code none}, {@code 1}, {@code 2},
	 * {@code 3}, also {@code level 2} or {@code LEVEL_2}.
	 */
	public static MedicalLevel medicalLevel(String text) {
		String value = text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s_-]+", "");
		return switch (value) {
			case "NONE", "0" -> MedicalLevel.NONE;
			case "1", "LEVEL1", "ROLE1" -> MedicalLevel.LEVEL_1;
			case "2", "LEVEL2", "ROLE2" -> MedicalLevel.LEVEL_2;
			case "3", "LEVEL3", "ROLE3" -> MedicalLevel.LEVEL_3;
			default -> throw new org.bluehelmet.system.InvalidInputException("medical_level",
					"a medical level is none, 1, 2 or 3 (UN levels of care), was " + text);
		};
	}

	/** Reads an air facility: {@code none}, {@code helipad} or {@code airfield}. */
	public static AirFacility airFacility(String text) {
		String value = text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT);
		try {
			return AirFacility.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			throw new org.bluehelmet.system.InvalidInputException("air_facility",
					"an air facility is none, helipad or airfield, was " + text);
		}
	}

}
