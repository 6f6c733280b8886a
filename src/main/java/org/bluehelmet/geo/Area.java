package org.bluehelmet.geo;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A polygon (or multipolygon) given as WKT in lon/lat, prepared for fast point-in-polygon
 * tests (JTS {@code PreparedGeometry}); points on the boundary are inside. Immutable and
 * thread-safe.
 */
public final class Area {

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	private final String wkt;

	private final PreparedGeometry prepared;

	private final BoundingBox box;

	private Area(String wkt, Geometry geometry) {
		this.wkt = wkt;
		this.prepared = PreparedGeometryFactory.prepare(geometry);
		var envelope = geometry.getEnvelopeInternal();
		this.box = new BoundingBox(envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY());
	}

	/**
	 * Parses WKT such as {@code POLYGON((-4.5 14, -3.5 14, -3.5 15, -4.5 15, -4.5 14))}.
	 */
	public static Area parse(String wkt) {
		Geometry geometry;
		try {
			geometry = new WKTReader(GEOMETRY).read(wkt);
		}
		catch (ParseException ex) {
			throw new InvalidInputException("polygon", "not WKT: " + ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			// JTS refuses some shapes while reading, e.g. a ring of NaN corners never
			// closes.
			throw new InvalidInputException("polygon", "not a polygon: " + ex.getMessage());
		}
		if (!(geometry instanceof Polygonal) || geometry.isEmpty()) {
			throw new InvalidInputException("polygon",
					Phrase.of("problem.polygon.kind", "kind", geometry.getGeometryType()));
		}
		for (Coordinate corner : geometry.getCoordinates()) {
			// NaN and infinities parse as WKT but break every test of position.
			if (!(Math.abs(corner.x) <= 180 && Math.abs(corner.y) <= 90)) {
				throw new InvalidInputException("polygon", Phrase.of("problem.polygon.corners"));
			}
		}
		if (!geometry.isValid()) {
			throw new InvalidInputException("polygon", Phrase.of("problem.polygon.invalid"));
		}
		return new Area(wkt, geometry);
	}

	public boolean contains(Position position) {
		return prepared.covers(GEOMETRY.createPoint(new Coordinate(position.lon(), position.lat())));
	}

	/** The smallest box around the area. */
	public BoundingBox box() {
		return box;
	}

	@Override
	public String toString() {
		return wkt;
	}

}
