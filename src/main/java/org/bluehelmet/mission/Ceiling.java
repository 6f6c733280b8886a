package org.bluehelmet.mission;

import java.time.LocalDate;

/**
 * The authorised strength of a mission, as set by a Security Council resolution, in force
 * from a date until the next ceiling.
 *
 * @param effectiveFrom date of adoption of the resolution
 * @param troops authorised military personnel
 * @param police authorised police personnel
 * @param resolution the resolution, e.g. "S/RES/2295 (2016)"
 */
public record Ceiling(LocalDate effectiveFrom, int troops, int police, String resolution) {
}
