package org.bluehelmet.mission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bluehelmet.geo.GridCell;
import org.bluehelmet.system.FileProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks a pack's {@code geography/*.geojson} layers: each a FeatureCollection
 * of points, lines or polygons in longitude and latitude, small enough for a browser to
 * draw, and each feature touching the mission's area (a layer of another country is a
 * mistake worth naming). Every problem is collected with its file and feature.
 */
final class GeographyLayers {

	/** The folder of a pack that holds the layers. */
	static final String FOLDER = "geography";

	/** The most layers a pack may carry. */
	static final int MAX_LAYERS = 20;

	/**
	 * The most a layer may weigh: every page that draws the map loads it, so a layer this
	 * size is already slow on a field post's link; simplify larger ones.
	 */
	static final long MAX_LAYER_BYTES = 2L << 20;

	/**
	 * The most all layers may weigh together: every map page loads them all at once, so
	 * the sum, not only each layer, must stay small.
	 */
	static final long MAX_TOTAL_BYTES = 4L << 20;

	/** How far beyond the mission's cells a feature may lie and still belong to it. */
	static final double MARGIN_DEGREES = 1.0;

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	private static final Set<String> GEOMETRIES = Set.of("Point", "MultiPoint", "LineString", "MultiLineString",
			"Polygon", "MultiPolygon");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GeographyLayers() {
	}

	/**
	 * The layers in {@code pack}'s geography folder, checked against the mission's
	 * {@code cells} (none when the cells could not be read); problems go to
	 * {@code problems}.
	 */
	static List<GeographyLayer> read(Path pack, List<GridCell> cells, List<FileProblem> problems) {
		Path folder = pack.resolve(FOLDER);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<Path> files;
		try (Stream<Path> listed = Files.list(folder)) {
			files = listed.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
		}
		catch (IOException ex) {
			problems.add(new FileProblem(FOLDER, 0, null, "cannot be read: " + ex.getMessage()));
			return List.of();
		}
		if (files.size() > MAX_LAYERS) {
			problems.add(new FileProblem(FOLDER, 0, null,
					"a pack carries at most " + MAX_LAYERS + " layers; this one " + files.size()));
			return List.of();
		}
		long total = 0;
		for (Path file : files) {
			try {
				total += Files.size(file);
			}
			catch (IOException ex) {
				// Its own reading below reports it.
			}
		}
		if (total > MAX_TOTAL_BYTES) {
			problems.add(new FileProblem(FOLDER, 0, null, "the layers weigh at most " + (MAX_TOTAL_BYTES >> 20)
					+ " MB together (every map page loads them all); these weigh " + (total >> 20) + " MB"));
			return List.of();
		}
		Bounds area = cells == null || cells.isEmpty() ? null : Bounds.of(cells);
		List<GeographyLayer> layers = new ArrayList<>();
		for (Path file : files) {
			GeographyLayer layer = layer(file, area, problems);
			if (layer != null) {
				layers.add(layer);
			}
		}
		return layers;
	}

	private static GeographyLayer layer(Path file, Bounds area, List<FileProblem> problems) {
		String fileName = file.getFileName().toString();
		String path = FOLDER + "/" + fileName;
		String name = fileName.endsWith(".geojson") ? fileName.substring(0, fileName.length() - 8) : null;
		if (name == null || !NAME.matcher(name).matches()) {
			problems.add(new FileProblem(path, 0, null, "a geography layer is named like rivers.geojson: "
					+ "small letters, digits and hyphens, then .geojson"));
			return null;
		}
		try {
			if (Files.size(file) > MAX_LAYER_BYTES) {
				problems.add(new FileProblem(path, 0, null, "a layer weighs at most " + (MAX_LAYER_BYTES >> 20)
						+ " MB (every map page loads it); simplify it, for example with ogr2ogr -simplify"));
				return null;
			}
			String text = Files.readString(file, StandardCharsets.UTF_8);
			int before = problems.size();
			int features = check(path, JSON.readTree(text), area, problems);
			return problems.size() == before ? new GeographyLayer(name, text, features) : null;
		}
		catch (JacksonException ex) {
			problems.add(new FileProblem(path, 0, null, "not JSON: " + ex.getOriginalMessage()));
		}
		catch (IOException ex) {
			problems.add(new FileProblem(path, 0, null, "cannot be read: " + ex.getMessage()));
		}
		return null;
	}

	/** Checks the collection; returns how many features it has. */
	private static int check(String path, JsonNode json, Bounds area, List<FileProblem> problems) {
		if (!"FeatureCollection".equals(json.path("type").asString(""))) {
			problems.add(new FileProblem(path, 0, "type", "a layer is a GeoJSON FeatureCollection"));
			return 0;
		}
		JsonNode features = json.path("features");
		for (int i = 0; i < features.size(); i++) {
			JsonNode geometry = features.get(i).path("geometry");
			String type = geometry.path("type").asString("");
			String which = "feature " + (i + 1) + name(features.get(i));
			if (!GEOMETRIES.contains(type)) {
				problems.add(new FileProblem(path, 0, "features", which
						+ " has no point, line or polygon geometry (was " + (type.isEmpty() ? "none" : type) + ")"));
				continue;
			}
			Bounds bounds = Bounds.empty();
			if (!positions(geometry.path("coordinates"), bounds)) {
				problems.add(new FileProblem(path, 0, "features",
						which + " has a position that is not a longitude and a latitude in degrees"));
			}
			else if (area != null && !bounds.overlaps(area.widened(MARGIN_DEGREES))) {
				problems.add(new FileProblem(path, 0, "features", which + " lies outside the mission's area ("
						+ area.describe() + "); keep only the features of the area"));
			}
		}
		return features.size();
	}

	private static String name(JsonNode feature) {
		String name = feature.path("properties").path("name").asString("");
		return name.isBlank() ? "" : " (" + name + ")";
	}

	/**
	 * Adds every position under {@code node} to {@code bounds}; false if one is invalid.
	 */
	private static boolean positions(JsonNode node, Bounds bounds) {
		if (!node.isArray() || node.isEmpty()) {
			return false;
		}
		if (node.get(0).isNumber()) {
			if (node.size() < 2 || !node.get(1).isNumber()) {
				return false;
			}
			double lon = node.get(0).asDouble();
			double lat = node.get(1).asDouble();
			if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
				return false;
			}
			bounds.add(lon, lat);
			return true;
		}
		for (JsonNode child : node) {
			if (!positions(child, bounds)) {
				return false;
			}
		}
		return true;
	}

	/** A longitude-latitude box. */
	private static final class Bounds {

		private double west = Double.POSITIVE_INFINITY;

		private double south = Double.POSITIVE_INFINITY;

		private double east = Double.NEGATIVE_INFINITY;

		private double north = Double.NEGATIVE_INFINITY;

		static Bounds empty() {
			return new Bounds();
		}

		/** The cells' box (each cell is half a degree square around its centre). */
		static Bounds of(List<GridCell> cells) {
			Bounds bounds = new Bounds();
			for (GridCell cell : cells) {
				bounds.add(cell.centre().lon() - 0.25, cell.centre().lat() - 0.25);
				bounds.add(cell.centre().lon() + 0.25, cell.centre().lat() + 0.25);
			}
			return bounds;
		}

		void add(double lon, double lat) {
			west = Math.min(west, lon);
			east = Math.max(east, lon);
			south = Math.min(south, lat);
			north = Math.max(north, lat);
		}

		Bounds widened(double degrees) {
			Bounds wider = new Bounds();
			wider.add(west - degrees, south - degrees);
			wider.add(east + degrees, north + degrees);
			return wider;
		}

		boolean overlaps(Bounds other) {
			return west <= other.east && other.west <= east && south <= other.north && other.south <= north;
		}

		String describe() {
			return String.format(java.util.Locale.ROOT, "longitude %.1f to %.1f, latitude %.1f to %.1f", west, east,
					south, north);
		}

	}

}
