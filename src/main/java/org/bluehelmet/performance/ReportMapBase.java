package org.bluehelmet.performance;

import java.util.List;
import java.util.Map;

import org.bluehelmet.geo.Place;
import org.locationtech.jts.geom.Geometry;

/**
 * What the report's map draws under the month's data so that a reader finds their way:
 * the host country's border, each sector's outline, and the largest towns by name.
 *
 * @param border the host country's area (empty when the mission has no outline)
 * @param sectors each sector's area, by name
 * @param towns the towns to name, largest first
 */
record ReportMapBase(Geometry border, Map<String, Geometry> sectors, List<Place> towns) {

	/** How many towns the map names: enough to find one's way on an A4 page. */
	static final int TOWNS = 12;

	ReportMapBase {
		sectors = Map.copyOf(sectors);
		towns = List.copyOf(towns);
	}

}
