package org.bluehelmet.incident;

/**
 * Incidents in one PRIO-GRID cell for a query's box and period.
 *
 * @param gid the cell
 * @param lon longitude of the cell's centre
 * @param lat latitude of the cell's centre
 * @param incidents how many incidents
 * @param killed people killed in them (counts the source does not give are taken as 0)
 */
record CellCount(int gid, double lon, double lat, long incidents, long killed) {
}
