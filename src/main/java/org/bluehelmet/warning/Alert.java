package org.bluehelmet.warning;

import java.time.YearMonth;
import java.util.List;

/**
 * A cell where an attack on civilians is likely next month, people live, and no site of
 * the force stands within reach.
 *
 * @param gid the PRIO-GRID cell
 * @param lon its centre's longitude
 * @param lat its centre's latitude
 * @param region its region, or {@code null}
 * @param month the month at risk
 * @param probability the chance of at least one attack on civilians that month
 * @param population people living in the cell (an estimate)
 * @param nearestSite the nearest site of the force, or {@code null} if none
 * @param nearestSiteKm its distance from the cell's centre (great circle, or by road when
 * the reach is a posture's)
 * @param reach how "no site within reach" was judged, in words
 * @param drivers what the forecast rests on, in words
 */
public record Alert(int gid, double lon, double lat, String region, YearMonth month, double probability,
		long population, String nearestSite, Double nearestSiteKm, String reach, List<String> drivers) {

	/** The same alert, judged against another reach. */
	public Alert withReach(String site, Double km, String how) {
		return new Alert(gid, lon, lat, region, month, probability, population, site, km, how, drivers);
	}

}
