package org.bluehelmet.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * GeoJSON (RFC 7946) values as plain maps and lists, which the HTTP layer serialises as
 * they are; and the JTS geometry of PRIO-GRID cells. Coordinates are [lon, lat].
 * <p>
 * Stateless and thread-safe.
 */
public final class GeoJson {

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	private GeoJson() {
	}

	public static Map<String, Object> featureCollection(List<Map<String, Object>> features) {
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("features", features);
		return collection;
	}

	public static Map<String, Object> feature(Map<String, Object> geometry, Map<String, Object> properties) {
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("geometry", geometry);
		feature.put("properties", properties);
		return feature;
	}

	public static Map<String, Object> point(Position position) {
		return Map.of("type", "Point", "coordinates", List.of(position.lon(), position.lat()));
	}

	/** A polygon or multipolygon as GeoJSON; other geometry types are refused. */
	public static Map<String, Object> geometry(Geometry geometry) {
		if (geometry instanceof Polygon polygon) {
			return Map.of("type", "Polygon", "coordinates", rings(polygon));
		}
		if (geometry instanceof MultiPolygon multi) {
			List<Object> polygons = new ArrayList<>();
			for (int i = 0; i < multi.getNumGeometries(); i++) {
				polygons.add(rings((Polygon) multi.getGeometryN(i)));
			}
			return Map.of("type", "MultiPolygon", "coordinates", polygons);
		}
		throw new IllegalArgumentException("only polygons are written, not " + geometry.getGeometryType());
	}

	/** The square of a PRIO-GRID cell. */
	public static Polygon cellSquare(int gid) {
		Position centre = PrioGrid.centreOf(gid);
		double half = PrioGrid.CELL_DEGREES / 2;
		return (Polygon) GEOMETRY.toGeometry(
				new Envelope(centre.lon() - half, centre.lon() + half, centre.lat() - half, centre.lat() + half));
	}

	/**
	 * The area covered by a set of cells, merged into as few polygons as the cells allow.
	 */
	public static Geometry cellArea(Collection<Integer> gids) {
		return UnaryUnionOp.union(gids.stream().map(GeoJson::cellSquare).map(Geometry.class::cast).toList(), GEOMETRY);
	}

	private static List<Object> rings(Polygon polygon) {
		List<Object> rings = new ArrayList<>();
		rings.add(ring(polygon.getExteriorRing()));
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			rings.add(ring(polygon.getInteriorRingN(i)));
		}
		return rings;
	}

	private static List<List<Double>> ring(LineString ring) {
		List<List<Double>> points = new ArrayList<>();
		for (Coordinate c : ring.getCoordinates()) {
			points.add(List.of(c.x, c.y));
		}
		return points;
	}

}
