package org.bluehelmet.mission;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ProviderNotFoundException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bluehelmet.geo.Gazetteer;
import org.bluehelmet.geo.GridCell;
import org.bluehelmet.geo.Place;
import org.bluehelmet.geo.PlaceKind;
import org.bluehelmet.geo.PlacesCsvReader;
import org.bluehelmet.geo.PrioGrid;
import org.bluehelmet.geo.PrioGridCsvReader;
import org.bluehelmet.system.FileProblem;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.system.RejectedFileException;
import org.bluehelmet.system.RejectedFilesException;
import org.bluehelmet.system.RowProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a mission pack, a folder or a {@code .zip} (its files at the top or in one
 * folder), and checks it whole before anything is stored: every file is read, every
 * problem collected with its file, line and column, and the files are checked against
 * each other (each sector's regions are regions of some cell; each deployment lies in a
 * cell of the pack; the deployments are the mission's). Nothing is returned unless the
 * whole pack is sound; otherwise {@link RejectedFilesException} lists every problem.
 * <p>
 * Parsing only: no Spring, no database.
 */
public final class MissionPackReader {

	/** The files every pack has. */
	public static final List<String> REQUIRED = List.of("mission.json", "cells.csv", "deployments.csv",
			"outline.geojson", "places.csv");

	/**
	 * The files a pack may have: read here, or by other features ({@link PackFiles});
	 * besides them, the base map's layers in {@code geography/}
	 * ({@link GeographyLayers}).
	 */
	public static final List<String> OPTIONAL = java.util.stream.Stream
		.concat(java.util.stream.Stream.of("gazetteer.csv", FacilitiesCsvReader.FILE), PackFiles.NAMES.stream())
		.toList();

	private static final Pattern MISSION_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private MissionPackReader() {
	}

	/** Reads and checks the pack at {@code pack}, a folder or a zip file. */
	public static MissionPack read(Path pack) {
		if (Files.isDirectory(pack)) {
			return readFolder(pack);
		}
		if (!Files.isRegularFile(pack)) {
			throw new InvalidInputException("pack", "there is no folder or file " + pack);
		}
		try (FileSystem zip = FileSystems.newFileSystem(pack)) {
			checkSize(zip.getPath("/"));
			return readFolder(top(zip.getPath("/")));
		}
		catch (ProviderNotFoundException | IOException | UncheckedIOException ex) {
			throw new InvalidInputException("pack", pack.getFileName() + " is neither a folder nor a .zip file");
		}
	}

	/**
	 * The most a pack's files may hold together, unpacked: bounds what a zip can unfold
	 * to.
	 */
	static final long MAX_UNPACKED_BYTES = 1L << 30;

	/** The most files a pack's zip may hold. */
	static final int MAX_ENTRIES = 1000;

	private static void checkSize(Path root) throws IOException {
		long[] bytes = { 0 };
		int[] entries = { 0 };
		try (Stream<Path> all = Files.walk(root)) {
			all.filter(Files::isRegularFile).forEach(file -> {
				entries[0]++;
				try {
					bytes[0] += Files.size(file);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		if (entries[0] > MAX_ENTRIES || bytes[0] > MAX_UNPACKED_BYTES) {
			throw new InvalidInputException("pack",
					"a pack holds at most " + MAX_ENTRIES + " files and " + (MAX_UNPACKED_BYTES >> 20)
							+ " MB unpacked; this one " + entries[0] + " files, " + (bytes[0] >> 20) + " MB");
		}
	}

	/** The folder holding mission.json: the zip's top, or its only folder. */
	private static Path top(Path root) throws IOException {
		if (Files.exists(root.resolve("mission.json"))) {
			return root;
		}
		try (Stream<Path> entries = Files.list(root)) {
			List<Path> folders = entries.filter(Files::isDirectory).toList();
			return folders.size() == 1 ? folders.get(0) : root;
		}
	}

	private static MissionPack readFolder(Path folder) {
		List<FileProblem> problems = new ArrayList<>();
		for (String file : REQUIRED) {
			if (!Files.isRegularFile(folder.resolve(file))) {
				problems.add(new FileProblem(file, 0, null, "missing from the pack"));
			}
		}
		MissionDefinition definition = attempt(folder, "mission.json", problems,
				path -> MissionDefinition.read(Files.newInputStream(path)));
		// The good rows of these two are kept even when others are bad, so that the
		// checks across files still report everything at once.
		List<GridCell> cells = attempt(folder, "cells.csv", problems,
				path -> reported("cells.csv", problems, rows -> PrioGridCsvReader.readGood(reader(path), rows)));
		List<GeoPkoRow> deployments = attempt(folder, "deployments.csv", problems,
				path -> reported("deployments.csv", problems, rows -> GeoPkoCsvReader.readGood(reader(path), rows)));
		String outline = attempt(folder, "outline.geojson", problems, MissionPackReader::outline);
		List<Place> places = attempt(folder, "places.csv", problems,
				path -> PlacesCsvReader.read(reader(path), "places.csv"));
		Gazetteer gazetteer = Files.isRegularFile(folder.resolve("gazetteer.csv"))
				? attempt(folder, "gazetteer.csv", problems, path -> Gazetteer.read(reader(path), "gazetteer.csv"))
				: new Gazetteer(List.of());
		List<FacilityRow> facilities = Files.isRegularFile(folder.resolve(FacilitiesCsvReader.FILE))
				? attempt(folder, FacilitiesCsvReader.FILE, problems, path -> FacilitiesCsvReader.read(reader(path)))
				: List.of();
		List<GeographyLayer> geography = GeographyLayers.read(folder, cells, problems);
		if (definition != null) {
			checkMission(definition, problems);
			if (cells != null && gazetteer != null) {
				checkSectorRegions(definition, cells, gazetteer, problems);
			}
			if (deployments != null) {
				checkDeploymentsAreTheMissions(definition, deployments, problems);
			}
		}
		if (cells != null && deployments != null) {
			checkDeploymentsInCells(cells, deployments, problems);
		}
		if (facilities != null && deployments != null && gazetteer != null) {
			checkFacilitiesAreOfSites(facilities, deployments, gazetteer, problems);
		}
		if (!problems.isEmpty()) {
			problems.sort(java.util.Comparator.comparing(FileProblem::file).thenComparingLong(FileProblem::line));
			throw new RejectedFilesException("the mission pack", problems);
		}
		return new MissionPack(definition, cells, deployments, outline, places, gazetteer, facilities, geography,
				otherFiles(folder));
	}

	/** The pack's files that other features read, as bytes. */
	private static PackFiles otherFiles(Path folder) {
		java.util.Map<String, byte[]> files = new java.util.HashMap<>();
		for (String name : PackFiles.NAMES) {
			Path file = folder.resolve(name);
			if (Files.isRegularFile(file)) {
				try {
					files.put(name, Files.readAllBytes(file));
				}
				catch (IOException ex) {
					throw new RejectedFilesException("the mission pack",
							List.of(new FileProblem(name, 0, null, "cannot be read: " + ex.getMessage())));
				}
			}
		}
		return new PackFiles(files);
	}

	@FunctionalInterface
	private interface FileReader<T> {

		T read(Path path) throws IOException;

	}

	@FunctionalInterface
	private interface LenientReader<T> {

		List<T> read(List<RowProblem> rows) throws IOException;

	}

	private static <T> List<T> reported(String file, List<FileProblem> problems, LenientReader<T> reader)
			throws IOException {
		List<RowProblem> rows = new ArrayList<>();
		List<T> good = reader.read(rows);
		rows.forEach(row -> problems.add(new FileProblem(file, row.line(), row.field(), row.reasonText())));
		return good;
	}

	/**
	 * The file read, or {@code null} with its problems noted (also when it is missing).
	 */
	private static <T> T attempt(Path folder, String file, List<FileProblem> problems, FileReader<T> reader) {
		Path path = folder.resolve(file);
		if (!Files.isRegularFile(path)) {
			return null;
		}
		try {
			return reader.read(path);
		}
		catch (RejectedFileException ex) {
			for (RowProblem row : ex.problems()) {
				problems.add(new FileProblem(file, row.line(), row.field(), row.reasonText()));
			}
		}
		catch (InvalidInputException ex) {
			problems.add(new FileProblem(file, 0, ex.field(), ex.getMessage()));
		}
		catch (IOException | UncheckedIOException ex) {
			problems.add(new FileProblem(file, 0, null, "cannot be read: " + ex.getMessage()));
		}
		return null;
	}

	private static Reader reader(Path path) throws IOException {
		return Files.newBufferedReader(path, StandardCharsets.UTF_8);
	}

	private static String outline(Path path) throws IOException {
		String text = Files.readString(path, StandardCharsets.UTF_8);
		try {
			JsonNode json = JSON.readTree(text);
			if (!json.isObject() || !json.has("type")) {
				throw new InvalidInputException("type", "GeoJSON needs an object with a \"type\"");
			}
		}
		catch (JacksonException ex) {
			throw new InvalidInputException(null, "not JSON: " + ex.getOriginalMessage());
		}
		return text;
	}

	private static void checkMission(MissionDefinition definition, List<FileProblem> problems) {
		String id = definition.mission().id();
		if (id == null || !MISSION_ID.matcher(id).matches()) {
			problems.add(new FileProblem("mission.json", 0, "mission.id",
					"a mission's id has 1 to 40 small letters, digits and hyphens, was " + id));
		}
	}

	private static void checkSectorRegions(MissionDefinition definition, List<GridCell> cells, Gazetteer gazetteer,
			List<FileProblem> problems) {
		Set<String> regions = new HashSet<>();
		for (GridCell cell : cells) {
			if (cell.hasRegion()) {
				regions.add(gazetteer.canonical(PlaceKind.REGION, cell.region()));
			}
		}
		for (Sector sector : definition.sectors()) {
			for (String region : sector.regions()) {
				if (!regions.contains(gazetteer.canonical(PlaceKind.REGION, region))) {
					problems.add(new FileProblem("mission.json", 0, "sectors", "sector " + sector.name()
							+ " lists the region " + region + ", which no cell of cells.csv has"));
				}
			}
		}
	}

	private static void checkDeploymentsAreTheMissions(MissionDefinition definition, List<GeoPkoRow> deployments,
			List<FileProblem> problems) {
		String name = definition.mission().name();
		for (GeoPkoRow row : deployments) {
			if (row.mission() != null && !row.mission().equalsIgnoreCase(name)) {
				problems.add(new FileProblem("deployments.csv", row.line(), "mission",
						"a deployment of " + row.mission() + " in the pack of " + name));
			}
		}
	}

	private static void checkDeploymentsInCells(List<GridCell> cells, List<GeoPkoRow> deployments,
			List<FileProblem> problems) {
		Set<Integer> gids = new HashSet<>();
		cells.forEach(cell -> gids.add(cell.gid()));
		for (GeoPkoRow row : deployments) {
			if (!gids.contains(PrioGrid.gidOf(row.position()))) {
				problems.add(new FileProblem("deployments.csv", row.line(), "longitude",
						row.location() + " at " + row.position().lon() + ", " + row.position().lat()
								+ " lies outside every cell of cells.csv"));
			}
		}
	}

	private static void checkFacilitiesAreOfSites(List<FacilityRow> facilities, List<GeoPkoRow> deployments,
			Gazetteer gazetteer, List<FileProblem> problems) {
		Set<String> sites = new HashSet<>();
		deployments.forEach(row -> sites.add(gazetteer.canonical(PlaceKind.PLACE, row.location())));
		Set<String> seen = new HashSet<>();
		for (FacilityRow row : facilities) {
			String site = gazetteer.canonical(PlaceKind.PLACE, row.site());
			if (!sites.contains(site)) {
				problems.add(new FileProblem(FacilitiesCsvReader.FILE, row.line(), "site",
						row.site() + " is not a location of deployments.csv"));
			}
			else if (!seen.add(site + "|" + row.facilities().from())) {
				problems.add(new FileProblem(FacilitiesCsvReader.FILE, row.line(), "from",
						row.site() + " has two rows for " + row.facilities().from()));
			}
		}
	}

}
