package org.bluehelmet.mission;

import java.util.List;

/**
 * One layer of a mission's base map, from its pack's {@code geography/} folder: rivers,
 * lakes, roads, regions or any other named set of features, drawn under the data so that
 * a map shows where things are without fetching tiles.
 *
 * @param name the file's name without {@code .geojson}, which also says how it is drawn
 * ({@link #KINDS}; any other name is drawn as plain grey lines)
 * @param geoJson the layer as a GeoJSON FeatureCollection, as the pack gave it
 * @param features how many features it holds
 */
record GeographyLayer(String name, String geoJson, int features) {

	/** The layer names the maps draw in a style of their own, from bottom to top. */
	public static final List<String> KINDS = List.of("regions", "lakes", "rivers", "roads");

	/** Where the layer goes among the others: the known kinds in order, then by name. */
	public int drawingOrder() {
		int known = KINDS.indexOf(name);
		return known >= 0 ? known : KINDS.size();
	}

}
