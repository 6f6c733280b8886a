package org.bluehelmet.mission;

import java.util.List;

/**
 * A military or police unit of a mission, or a national contingent where the source does
 * not break contingents down into units.
 *
 * @param id database id
 * @param missionId the mission
 * @param name unique name within the mission
 * @param type unit type
 * @param country contributing country
 * @param strength personnel, or {@code null} where unknown
 * @param women women among the personnel, or {@code null} where unknown
 * @param language working language, or {@code null} where unknown
 * @param capabilities what it can do beyond its type (e.g. "night operations", "surgical
 * team")
 * @param caveats national restrictions on its use (e.g. "no deployment to Sector Centre")
 */
public record Unit(long id, String missionId, String name, UnitType type, String country, Integer strength,
		Integer women, String language, List<String> capabilities, List<String> caveats) {

	public Unit {
		capabilities = List.copyOf(capabilities);
		caveats = List.copyOf(caveats);
	}

}
