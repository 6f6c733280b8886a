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

import org.bluehelmet.geo.PlacesCsvReader;
import org.springframework.core.io.ClassPathResource;
import org.bluehelmet.system.ServerLock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo missions: each mission pack that {@code demo/packs.txt} lists (MINUSMA and
 * MINUSCA), bundled under {@code demo/} and read by the one pack reader, built from real
 * published data whose sources each pack's {@code SOURCES.md} cites (and its
 * {@code mission.json}, stored with the mission and shown under the map).
 */
@Component
public class DemoMission {

	/** The files a bundled pack may have. */
	private static final List<String> PACK_FILES = Stream
		.concat(MissionPackReader.REQUIRED.stream(), MissionPackReader.OPTIONAL.stream())
		.toList();

	private final MissionStore store;

	private final MissionGeographyStore geography;

	private final MissionPackImport packs;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final ServerLock startup;

	DemoMission(MissionStore store, MissionGeographyStore geography, MissionPackImport packs,
			org.springframework.context.ApplicationEventPublisher events, ServerLock startup) {
		this.store = store;
		this.startup = startup;
		this.geography = geography;
		this.packs = packs;
		this.events = events;
	}

	/**
	 * Loads the demo missions if the database holds no mission; all or nothing. Returns
	 * whether it loaded.
	 */
	@Transactional
	public boolean loadIfEmpty() {
		startup.hold("demo-missions");
		if (!store.isEmpty()) {
			return false;
		}
		for (String folder : bundledPacks()) {
			packs.importPack(readBundledPack("demo/" + folder + "/"), "demo");
		}
		return true;
	}

	/**
	 * The folders of {@code demo/packs.txt}: demo missions in the mission pack layout.
	 */
	private static List<String> bundledPacks() {
		String list = text("demo/packs.txt");
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
				copyGeography(folder, copy);
				return MissionPackReader.read(copy);
			}
			finally {
				try (Stream<Path> files = Files.walk(copy)) {
					for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
						Files.delete(file);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The bundled pack's geography layers, copied; listed by pattern because a folder in
	 * the jar cannot be listed as files.
	 */
	private static void copyGeography(String folder, Path copy) throws IOException {
		org.springframework.core.io.Resource[] layers = geographyOf(folder);
		if (layers.length > 0) {
			Path geography = Files.createDirectory(copy.resolve(GeographyLayers.FOLDER));
			for (org.springframework.core.io.Resource layer : layers) {
				try (InputStream in = layer.getInputStream()) {
					Files.copy(in, geography.resolve(layer.getFilename()));
				}
			}
		}
	}

	private static org.springframework.core.io.Resource[] geographyOf(String folder) throws IOException {
		return new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
			.getResources("classpath:" + folder + GeographyLayers.FOLDER + "/*.geojson");
	}

	/**
	 * A demo mission stored before missions kept their places, proposals, gazetteer and
	 * geography (schema versions 12 to 18) gets those of its bundled pack, and its roads,
	 * so that its TOBs keep their towns' names and its standard scenarios their proposal.
	 * Nothing for a mission that has them or that is no bundled pack's.
	 */
	@Transactional
	public void completeOlderDemo() {
		startup.hold("demo-missions");
		for (String folder : bundledPacks()) {
			MissionDefinition definition = MissionDefinition.read(open("demo/" + folder + "/mission.json"));
			String id = definition.mission().id();
			if (store.find(id).isEmpty()) {
				continue;
			}
			if (geography.roads(id).isEmpty() && definition.roads() != null) {
				geography.updateRoads(id, definition.roads());
			}
			if (store.proposals(id).isEmpty()) {
				for (int i = 0; i < definition.proposals().size(); i++) {
					store.insertProposal(id, i, definition.proposals().get(i));
				}
			}
			if (geography.places(id).isEmpty()) {
				try (Reader placesCsv = reader("demo/" + folder + "/places.csv")) {
					geography.insertPlaces(id, PlacesCsvReader.read(placesCsv, "places.csv"));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			completeGeography(folder, id);
			PackFiles[] read = new PackFiles[1];
			events.publishEvent(new OlderDemoFound(id, () -> {
				if (read[0] == null) {
					read[0] = readBundledPack("demo/" + folder + "/").files();
				}
				return read[0];
			}));
			if (geography.gazetteer(id).entries().isEmpty()
					&& new ClassPathResource("demo/" + folder + "/gazetteer.csv").exists()) {
				try (Reader gazetteerCsv = reader("demo/" + folder + "/gazetteer.csv")) {
					geography.insertGazetteer(id, org.bluehelmet.geo.Gazetteer.read(gazetteerCsv, "gazetteer.csv"));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
	}

	/** The bundled pack's geography for a demo stored before missions kept it (V18). */
	private void completeGeography(String folder, String id) {
		try {
			if (geography.geography(id).isEmpty() && geographyOf("demo/" + folder + "/").length > 0) {
				readBundledPack("demo/" + folder + "/").geography()
					.forEach(layer -> geography.insertGeography(id, layer));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file bundled in the application, by its classpath path. */
	private static InputStream open(String file) {
		try {
			return new ClassPathResource(file).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("demo data missing from the application: " + file, ex);
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
