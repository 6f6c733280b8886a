package org.bluehelmet.warning;

import java.time.YearMonth;
import java.util.List;

import org.bluehelmet.text.Phrase;

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
 * @param distanceBy how {@code nearestSiteKm} was measured: by road or in a straight line
 * @param reach how "no site within reach" was judged, in words
 * @param place the named place (town, village) nearest the cell's centre, what the alert
 * is called by, or {@code null} when the mission has none
 * @param placeKm its distance from the cell's centre, in a straight line
 * @param drivers what the forecast rests on, in words, the strongest first
 */
public record Alert(int gid, double lon, double lat, String region, YearMonth month, double probability,
		long population, String nearestSite, Double nearestSiteKm, Phrase distanceBy, Phrase reach, String place,
		Double placeKm, List<Phrase> drivers) {

	/** The same alert, judged against another reach (distances by road). */
	public Alert withReach(String site, Double km, Phrase how) {
		return new Alert(gid, lon, lat, region, month, probability, population, site, km, Phrase.of("distance.road"),
				how, place, placeKm, drivers);
	}

	/** Where it is, in words: near the place, in the region. */
	@com.fasterxml.jackson.annotation.JsonProperty("where")
	public Phrase where() {
		// The cell's number is a name, not a quantity: not written with thousands
		// separators.
		Phrase near = place == null ? Phrase.of("where.cell", "gid", String.valueOf(gid))
				: placeKm != null && placeKm >= 5 ? Phrase.of("where.from", "km", Math.round(placeKm), "place", place)
						: Phrase.of("where.at", "place", place);
		return region == null ? near : Phrase.of("where.inRegion", "near", near, "region", region);
	}

}
