package org.bluehelmet.geo;

import java.util.List;
import java.util.Locale;

/**
 * A point named as a planner would say it: the town itself when it is there, else its
 * distance and direction from the nearest named place ("35 km north-east of Mopti"), so
 * that a TOB the planner puts at a cell's centre is not called by a grid number.
 */
public final class NearestPlace {

	/** Closer than this, a point is the place itself. */
	static final double AT_PLACE_KM = 3;

	private static final String[] DIRECTIONS = { "north", "north-east", "east", "south-east", "south", "south-west",
			"west", "north-west" };

	private NearestPlace() {
	}

	/** The named place nearest a point (great circle), or {@code null} without places. */
	public static Place nearest(Position point, List<Place> places) {
		Place nearest = null;
		double best = Double.POSITIVE_INFINITY;
		for (Place place : places) {
			double km = place.position().distanceKm(point);
			if (km < best) {
				best = km;
				nearest = place;
			}
		}
		return nearest;
	}

	/** The point's name; {@code fallback} when there is no named place. */
	public static String describe(Position point, List<Place> places, String fallback) {
		Place nearest = nearest(point, places);
		if (nearest == null) {
			return fallback;
		}
		double km = nearest.position().distanceKm(point);
		if (km < AT_PLACE_KM) {
			return nearest.name();
		}
		return String.format(Locale.ROOT, "%d km %s of %s", Math.round(km), direction(nearest.position(), point),
				nearest.name());
	}

	/**
	 * The compass direction from one point to another, in eight sectors (initial
	 * bearing).
	 */
	static String direction(Position from, Position to) {
		double lat1 = Math.toRadians(from.lat());
		double lat2 = Math.toRadians(to.lat());
		double dLon = Math.toRadians(to.lon() - from.lon());
		double y = Math.sin(dLon) * Math.cos(lat2);
		double x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon);
		double bearing = (Math.toDegrees(Math.atan2(y, x)) + 360) % 360;
		return DIRECTIONS[(int) Math.round(bearing / 45) % 8];
	}

}
