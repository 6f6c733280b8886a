package org.bluehelmet.posture;

import org.bluehelmet.geo.GridCell;

/**
 * A cell of the mission area as demand for protection: people at risk, the population
 * weighted by the risk of violence against civilians there.
 *
 * @param cell the PRIO-GRID cell
 * @param sector the sector holding it
 * @param risk the chance of at least one attack on civilians in a month (0 to 1)
 * @param pastAttacks attacks on civilians there in the twelve months up to the plan
 */
record DemandCell(GridCell cell, String sector, double risk, int pastAttacks) {

	/** People at risk: population × risk. */
	public double peopleAtRisk() {
		return cell.population() * risk;
	}

}
