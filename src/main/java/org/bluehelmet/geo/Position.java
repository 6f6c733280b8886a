package org.bluehelmet.geo;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;

/**
 * A point on the WGS 84 ellipsoid, in decimal degrees.
 *
 * @param lon longitude (x), -180 to 180
 * @param lat latitude (y), -90 to 90
 */
public record Position(double lon, double lat) {

	/** Mean Earth radius in km, as used by the haversine formula. */
	public static final double EARTH_RADIUS_KM = 6371.0088;

	public Position {
		if (!(lon >= -180 && lon <= 180)) {
			throw new InvalidInputException("lon", Phrase.of("problem.position.lon", "value", lon));
		}
		if (!(lat >= -90 && lat <= 90)) {
			throw new InvalidInputException("lat", Phrase.of("problem.position.lat", "value", lat));
		}
	}

	/**
	 * Great-circle distance by the haversine formula (Sinnott 1984) on a sphere of the
	 * mean Earth radius; the error against the ellipsoid stays under 0.5%.
	 * @param other the other point
	 * @return distance in km
	 */
	public double distanceKm(Position other) {
		return haversineKm(lon, lat, other.lon, other.lat);
	}

	/**
	 * {@link #distanceKm(Position)} without making positions, for loops over many points.
	 * @return distance in km between (lon1, lat1) and (lon2, lat2), in degrees
	 */
	public static double haversineKm(double lon1, double lat1, double lon2, double lat2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}

}
