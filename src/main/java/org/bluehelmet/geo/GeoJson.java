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

	/**
	 * The polygons of a geometry (an intersection may add lines and points where shapes
	 * touch), as one polygon or a multipolygon.
	 */
	@SuppressWarnings("unchecked")
	public static Geometry polygonal(Geometry geometry) {
		List<Polygon> polygons = org.locationtech.jts.geom.util.PolygonExtracter.getPolygons(geometry);
		return polygons.size() == 1 ? polygons.get(0) : GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new));
	}

	/**
	 * The area a GeoJSON text outlines (its polygons and multipolygons, in a geometry, a
	 * feature or a feature collection), repaired if its rings cross; empty when it holds
	 * none or is not GeoJSON.
	 */
	public static Geometry areaOf(String geoJson) {
		List<Polygon> polygons = new ArrayList<>();
		try {
			collect(tools.jackson.databind.json.JsonMapper.builder().build().readTree(geoJson), polygons);
		}
		catch (RuntimeException ex) {
			return GEOMETRY.createGeometryCollection();
		}
		if (polygons.isEmpty()) {
			return GEOMETRY.createGeometryCollection();
		}
		// buffer(0) is JTS's documented repair of self-touching or crossing rings.
		return GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new)).buffer(0);
	}

	private static void collect(tools.jackson.databind.JsonNode node, List<Polygon> polygons) {
		String type = node.path("type").asString("");
		switch (type) {
			case "FeatureCollection" -> node.path("features").forEach(feature -> collect(feature, polygons));
			case "Feature" -> collect(node.path("geometry"), polygons);
			case "GeometryCollection" -> node.path("geometries").forEach(geometry -> collect(geometry, polygons));
			case "Polygon" -> polygons.add(polygon(node.path("coordinates")));
			case "MultiPolygon" -> node.path("coordinates").forEach(rings -> polygons.add(polygon(rings)));
			default -> {
				// Points and lines outline no area.
			}
		}
	}

	private static Polygon polygon(tools.jackson.databind.JsonNode rings) {
		List<org.locationtech.jts.geom.LinearRing> linear = new ArrayList<>();
		for (tools.jackson.databind.JsonNode ring : rings) {
			List<Coordinate> points = new ArrayList<>();
			ring.forEach(point -> points.add(new Coordinate(point.get(0).asDouble(), point.get(1).asDouble())));
			if (points.size() >= 3 && !points.get(0).equals2D(points.get(points.size() - 1))) {
				points.add(points.get(0));
			}
			if (points.size() >= 4) {
				linear.add(GEOMETRY.createLinearRing(points.toArray(Coordinate[]::new)));
			}
		}
		if (linear.isEmpty()) {
			return GEOMETRY.createPolygon();
		}
		return GEOMETRY.createPolygon(linear.get(0),
				linear.subList(1, linear.size()).toArray(org.locationtech.jts.geom.LinearRing[]::new));
	}

}
