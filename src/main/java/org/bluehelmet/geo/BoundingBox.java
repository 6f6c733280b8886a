package org.bluehelmet.geo;

import java.util.Arrays;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;

/**
 * A longitude/latitude box, as OGC APIs and GeoJSON write it: west, south, east, north.
 * Boxes that cross the antimeridian are not supported.
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

	public BoundingBox {
		new Position(minLon, minLat);
		new Position(maxLon, maxLat);
		if (minLon > maxLon || minLat > maxLat) {
			throw new InvalidInputException("bbox", Phrase.of("problem.bbox.order"));
		}
	}

	/** Parses "west,south,east,north". */
	public static BoundingBox parse(String text) {
		String[] parts = text.split(",");
		if (parts.length != 4) {
			throw new InvalidInputException("bbox", "a box is four numbers: west,south,east,north; was " + text);
		}
		try {
			double[] v = Arrays.stream(parts).mapToDouble(part -> Double.parseDouble(part.trim())).toArray();
			return new BoundingBox(v[0], v[1], v[2], v[3]);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("bbox", "a box is four numbers: west,south,east,north; was " + text);
		}
	}

	public boolean contains(Position position) {
		return position.lon() >= minLon && position.lon() <= maxLon && position.lat() >= minLat
				&& position.lat() <= maxLat;
	}

}
