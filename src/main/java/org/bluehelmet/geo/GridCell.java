package org.bluehelmet.geo;

/**
 * One PRIO-GRID cell with the static variables the planners use.
 *
 * @param gid PRIO-GRID cell id
 * @param centre centre of the cell
 * @param landAreaKm2 land area in km²
 * @param mountainsShare share of the cell that is mountainous, 0-1
 * @param travelTimeMinutes travel time to the nearest city of 50,000 or more (PRIO-GRID
 * {@code ttime_min}), or {@code null} where unknown
 * @param centreInCountry whether the centre lies inside the country the file describes
 * @param region first-level administrative region holding the centre, canonical spelling,
 * or {@code null} for cells whose centre lies outside the country
 * @param admin2Code second-level administrative P-code (cercle), or {@code null}
 * @param population estimated population (spread evenly over the cells of each
 * second-level unit; an estimate for planning, not a census)
 */
public record GridCell(int gid, Position centre, Double landAreaKm2, Double mountainsShare, Integer travelTimeMinutes,
		boolean centreInCountry, String region, String admin2Code, long population) {

	public int row() {
		return PrioGrid.rowOf(gid);
	}

	public int col() {
		return PrioGrid.colOf(gid);
	}

	public boolean hasRegion() {
		return region != null && !region.isBlank();
	}

}
