package org.bluehelmet.mission;

import java.util.List;

/**
 * A mission's area of responsibility for one sector headquarters. Its area is the set of
 * PRIO-GRID cells of its regions (see {@link SectorAreas}).
 *
 * @param name short name, e.g. "Centre"
 * @param description what the sector covers, in words
 * @param regions first-level administrative regions of the host country, canonical
 * spelling
 */
public record Sector(String name, String description, List<String> regions) {

	public Sector {
		regions = List.copyOf(regions);
	}

}
