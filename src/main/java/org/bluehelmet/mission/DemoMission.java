package org.bluehelmet.mission;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.bluehelmet.geo.Gazetteer;
import org.bluehelmet.geo.PlacesCsvReader;
import org.bluehelmet.geo.PrioGridCsvReader;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo missions: MINUSMA, built from the real data bundled under
 * {@code demo/minusma/} in its own file layout, then each mission pack that
 * {@code demo/packs.txt} lists (MINUSCA), read by the one pack reader. MINUSMA's files:
 * the mission definition (mandate, ceilings, sectors), PRIO-GRID cells of Mali with their
 * regions and population, a gazetteer of place and region spellings, the Geo-PKO v2.1
 * deployments of MINUSMA and Mali's border. The sources and their citations are in
 * {@code demo/minusma/SOURCES.md} and stored with the mission.
 */
@Component
public class DemoMission {

	static final String FOLDER = "demo/minusma/";

	/** The files a bundled pack may have that the pack reader reads. */
	private static final List<String> PACK_FILES = java.util.stream.Stream
		.concat(MissionPackReader.REQUIRED.stream(), java.util.stream.Stream.of("gazetteer.csv"))
		.toList();

	private final MissionStore store;

	private final MissionPackImport packs;

	private final ApplicationEventPublisher events;

	DemoMission(MissionStore store, MissionPackImport packs, ApplicationEventPublisher events) {
		this.store = store;
		this.packs = packs;
		this.events = events;
	}

	/**
	 * Loads the demo if the database holds no mission; all or nothing. Returns whether it
	 * loaded.
	 */
	@Transactional
	public boolean loadIfEmpty() {
		if (!store.isEmpty()) {
			return false;
		}
		MissionDefinition definition = MissionDefinition.read(open("mission.json"));
		MissionPack pack;
		try (Reader gazetteerCsv = reader("gazetteer.csv");
				Reader gridCsv = reader("priogrid_mali.csv");
				Reader geoPkoCsv = reader("minusma_deployments_geopko_v2.1.csv");
				Reader placesCsv = reader("mali_places_geonames.csv")) {
			pack = new MissionPack(definition, PrioGridCsvReader.read(gridCsv, "priogrid_mali.csv"),
					GeoPkoCsvReader.read(geoPkoCsv, "minusma_deployments_geopko_v2.1.csv"),
					text("mali_outline.geojson"), PlacesCsvReader.read(placesCsv, "mali_places_geonames.csv"),
					Gazetteer.read(gazetteerCsv, "gazetteer.csv"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		packs.importPack(pack, "system");
		events.publishEvent(new DemoMissionLoaded(pack.missionId(), FOLDER));
		for (String folder : bundledPacks()) {
			MissionPack bundled = readBundledPack("demo/" + folder + "/");
			packs.importPack(bundled, "system");
			events.publishEvent(new DemoMissionLoaded(bundled.missionId(), "demo/" + folder + "/"));
		}
		return true;
	}

	/**
	 * The folders of {@code demo/packs.txt}: demo missions in the mission pack layout.
	 */
	private static List<String> bundledPacks() {
		String list = text("../packs.txt");
		return list.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
	}

	/**
	 * A pack bundled in the application, read by the one pack reader: its files are
	 * copied to a temporary folder first (inside the jar they are no files).
	 */
	private static MissionPack readBundledPack(String folder) {
		try {
			Path copy = Files.createTempDirectory("bluehelmet-demo-pack");
			try {
				for (String file : PACK_FILES) {
					ClassPathResource resource = new ClassPathResource(folder + file);
					if (resource.exists()) {
						try (InputStream in = resource.getInputStream()) {
							Files.copy(in, copy.resolve(file));
						}
					}
				}
				return MissionPackReader.read(copy);
			}
			finally {
				try (Stream<Path> files = Files.list(copy)) {
					for (Path file : files.toList()) {
						Files.delete(file);
					}
				}
				Files.delete(copy);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A demo mission stored before missions kept their places and proposals (schema
	 * versions 12 to 14) gets those of its bundled pack, and its roads, so that its TOBs
	 * keep their towns' names and its standard scenarios their proposal. Nothing for a
	 * mission that has them or that is not the demo.
	 */
	@Transactional
	public void completeOlderDemo() {
		MissionDefinition definition = MissionDefinition.read(open("mission.json"));
		String id = definition.mission().id();
		if (store.find(id).isEmpty()) {
			return;
		}
		if (store.roads(id).isEmpty() && definition.roads() != null) {
			store.updateRoads(id, definition.roads());
		}
		if (store.proposals(id).isEmpty()) {
			for (int i = 0; i < definition.proposals().size(); i++) {
				store.insertProposal(id, i, definition.proposals().get(i));
			}
		}
		if (!store.places(id).isEmpty()) {
			return;
		}
		try (Reader placesCsv = reader("mali_places_geonames.csv")) {
			store.insertPlaces(id, PlacesCsvReader.read(placesCsv, "mali_places_geonames.csv"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream open(String file) {
		try {
			return new ClassPathResource(FOLDER + file).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("demo data missing from the application: " + FOLDER + file, ex);
		}
	}

	private static Reader reader(String file) {
		return new InputStreamReader(open(file), StandardCharsets.UTF_8);
	}

	private static String text(String file) {
		try (InputStream in = open(file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
