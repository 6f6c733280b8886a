package org.bluehelmet.mission;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.bluehelmet.geo.Position;

/**
 * One row of Geo-PKO v2.1: what one UN deployment map showed at one location.
 *
 * @param line line of the file where the row starts
 * @param source the deployment map, e.g. "Map no. 4506 Rev. 37"
 * @param mission mission acronym
 * @param month month of the map
 * @param location the location as Geo-PKO spells it
 * @param position where it is
 * @param troops troops estimated from the unit symbols on the map, or {@code null} (NA)
 * @param unitTypes unit types flagged present
 * @param headquartersCode Geo-PKO {@code hq}, 0-3, or {@code null}
 * @param contingents contributing countries with their troops
 * @param region Geo-PKO's {@code adm1.name}, or {@code null}
 * @param prioGridId Geo-PKO's {@code prioid}, or {@code null}
 */
record GeoPkoRow(long line, String source, String mission, YearMonth month, String location, Position position,
		Integer troops, Set<UnitType> unitTypes, Integer headquartersCode, List<CountryTroops> contingents,
		String region, Integer prioGridId) {

	/**
	 * A country's troops at the location.
	 *
	 * @param country the country as Geo-PKO spells it
	 * @param troops troops, or {@code null} where Geo-PKO records "unknown"
	 */
	public record CountryTroops(String country, Integer troops) {
	}

}
