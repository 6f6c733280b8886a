package org.bluehelmet.mission;

/**
 * A sector's share of a mission's force on a date.
 *
 * @param sector sector name
 * @param sites sites with troops in the sector
 * @param troops troops in the sector
 * @param troopShare the sector's troops divided by the mission's, 0 to 1 (0 when the
 * mission has none)
 */
public record SectorSummary(String sector, int sites, int troops, double troopShare) {
}
