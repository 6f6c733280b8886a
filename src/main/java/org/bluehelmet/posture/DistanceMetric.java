package org.bluehelmet.posture;

import java.util.Locale;

import org.bluehelmet.geo.Position;

/** How far apart two points are: plane coordinates, or longitude and latitude in km. */
enum DistanceMetric {

	/** Straight line in the coordinates' own units. */
	EUCLIDEAN,
	/** Great-circle distance in km; x is longitude and y latitude, in degrees. */
	HAVERSINE;

	public double distance(double x1, double y1, double x2, double y2) {
		return switch (this) {
			case EUCLIDEAN -> Math.hypot(x1 - x2, y1 - y2);
			case HAVERSINE -> Position.haversineKm(x1, y1, x2, y2);
		};
	}

	/**
	 * Half-widths (in x and y) of a box around (x, y) that holds every point within a
	 * radius.
	 */
	double[] halfWidths(double y, double radius) {
		return switch (this) {
			case EUCLIDEAN -> new double[] { radius, radius };
			case HAVERSINE -> {
				double dLat = Math.toDegrees(radius / Position.EARTH_RADIUS_KM);
				double maxLat = Math.min(89.9, Math.abs(y) + dLat);
				yield new double[] { Math.min(180, dLat / Math.cos(Math.toRadians(maxLat))), dLat };
			}
		};
	}

	public static DistanceMetric parse(String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("metric '" + text + "' is not euclidean or haversine");
		}
	}

}
