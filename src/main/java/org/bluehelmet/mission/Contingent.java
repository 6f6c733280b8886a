package org.bluehelmet.mission;

/**
 * A country's troops at a site on a date.
 *
 * @param unitId the unit standing for the contingent
 * @param unit the unit's name
 * @param type the unit's type
 * @param country contributing country
 * @param language the unit's working language, or {@code null} where unknown
 * @param troops personnel, or {@code null} where the source does not say
 */
public record Contingent(long unitId, String unit, UnitType type, String country, String language, Integer troops) {
}
