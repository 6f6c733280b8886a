package org.bluehelmet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.bluehelmet.MinuscaTestPack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bluehelmet mission import PACK} on a real second mission: a MINUSCA pack made
 * from {@code ../shared/data/minusca/} in the documented layout
 * ({@link MinuscaTestPack}).
 */
class MissionPackCommandTest {

	@TempDir
	Path folder;

	private final Console console = new Console();

	private Path pack;

	@BeforeEach
	void minuscaPack() throws IOException {
		pack = MinuscaTestPack.write(folder.resolve("minusca"));
	}

	@Test
	void importsAPackFromAFolderWithItsSitesAndSectors() {
		String data = folder.resolve("data").toString();
		assertThat(console.run("mission", "import", pack.toString(), "--data-dir", data)).as(console.err()).isZero();
		assertThat(console.out()).contains("Imported MINUSCA (minusca)");

		assertThat(console.run("mission", "list", "--data-dir", data)).isZero();
		assertThat(console.out()).contains("minusca").doesNotContain("minusma");
		assertThat(console.run("mission", "show", "minusca", "--at", "2020-10", "--data-dir", data)).as(console.err())
			.isZero();
		// Geo-PKO's map of October 2020: 12,385 troops at 20 locations.
		assertThat(console.out()).contains("Ceiling: 11,650 troops").containsPattern("Total\\s+20\\s+12385");
		assertThat(console.run("check", "--data-dir", data)).as(console.err()).isZero();
	}

	@Test
	void importsTheSamePackFromAZipAndRefusesItsIdTheSecondTime() throws IOException {
		Path zip = folder.resolve("minusca.zip");
		try (OutputStream out = Files.newOutputStream(zip);
				ZipOutputStream entries = new ZipOutputStream(out);
				Stream<Path> files = Files.list(pack)) {
			for (Path file : files.sorted().toList()) {
				entries.putNextEntry(new ZipEntry("minusca/" + file.getFileName()));
				entries.write(Files.readAllBytes(file));
				entries.closeEntry();
			}
		}
		String data = folder.resolve("zipped").toString();
		assertThat(console.run("mission", "import", zip.toString(), "--data-dir", data)).as(console.err()).isZero();
		assertThat(console.run("mission", "import", zip.toString(), "--data-dir", data)).isEqualTo(1);
		assertThat(console.err()).contains("exists already");
	}

	@Test
	void refusesABadPackNamingEveryProblemAndStoresNothing() throws IOException {
		List<String> cells = Files.readAllLines(pack.resolve("cells.csv"));
		String[] fifth = cells.get(4).split(",", -1);
		fifth[fifth.length - 1] = "-3";
		cells.set(4, String.join(",", fifth));
		Files.write(pack.resolve("cells.csv"), cells);
		Files.writeString(pack.resolve("mission.json"), MinuscaTestPack.MISSION_JSON
			.replace("\"Ombella-M'Poko\",\"Lobaye\"", "\"Ombella-M'Poko\",\"Lobaye\",\"Atlantis\""));
		List<String> deployments = Files.readAllLines(pack.resolve("deployments.csv"));
		deployments.set(1, deployments.get(1).replace("\"20.670732999999998\"", "\"0.5\""));
		Files.write(pack.resolve("deployments.csv"), deployments);
		Files.delete(pack.resolve("places.csv"));
		// Mali's Niger in the Central African Republic's pack, and a layer badly named.
		Path geography = Files.createDirectory(pack.resolve("geography"));
		Files.writeString(geography.resolve("rivers.geojson"), """
				{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Niger"},
				 "geometry":{"type":"LineString","coordinates":[[-4.2,14.5],[-3.0,16.6]]}}]}""");
		Files.writeString(geography.resolve("Roads.json"), "{}");

		String data = folder.resolve("data").toString();
		assertThat(console.run("mission", "import", pack.toString(), "--data-dir", data)).isEqualTo(1);
		assertThat(console.err()).contains("nothing was stored")
			.contains("cells.csv line 5, population: must not be negative")
			.contains("sector Bangui lists the region Atlantis, which no cell of cells.csv has")
			.contains("deployments.csv line 2, longitude: Bambari at 0.5")
			.contains("places.csv: missing from the pack")
			.contains("feature 1 (Niger) lies outside the mission's area")
			.contains("geography/Roads.json")
			.contains("a geography layer is named like rivers.geojson");
		assertThat(Files.exists(Path.of(data, "bluehelmet.mv.db"))).isFalse();
	}

	@Test
	void refusesGeographyTooHeavyForEveryMapPageToLoad() throws IOException {
		Path geography = Files.createDirectory(pack.resolve("geography"));
		for (String layer : List.of("rivers", "roads", "lakes")) {
			Files.writeString(geography.resolve(layer + ".geojson"), " ".repeat(1_500_000));
		}
		String data = folder.resolve("heavy").toString();
		assertThat(console.run("mission", "import", pack.toString(), "--data-dir", data)).isEqualTo(1);
		assertThat(console.err()).contains("the layers weigh at most 4 MB together", "nothing was stored");
	}

	@Test
	void refusesWhatIsNotAPack() throws IOException {
		Path text = Files.writeString(folder.resolve("notes.txt"), "not a pack", StandardCharsets.UTF_8);
		assertThat(console.run("mission", "import", text.toString(), "--data-dir", folder.resolve("d").toString()))
			.isEqualTo(1);
		assertThat(console.err()).contains("neither a folder nor a .zip file");
	}

	@Test
	void addsLaterDeploymentMapsOnceAsIfThePackHadHeldThem() throws IOException {
		String whole = folder.resolve("whole").toString();
		assertThat(console.run("mission", "import", pack.toString(), "--data-dir", whole)).as(console.err()).isZero();

		// The same pack with the maps up to 2019 only, then the whole file added.
		Path full = folder.resolve("full-deployments.csv");
		Files.copy(pack.resolve("deployments.csv"), full);
		List<String> lines = Files.readAllLines(full);
		List<String> upTo2019 = lines.stream().filter(line -> !line.contains(",\"2020\",")).toList();
		assertThat(upTo2019.size()).isLessThan(lines.size());
		Files.write(pack.resolve("deployments.csv"), upTo2019);
		String grown = folder.resolve("grown").toString();
		assertThat(console.run("mission", "import", pack.toString(), "--data-dir", grown)).as(console.err()).isZero();
		assertThat(console.run("deployments", "import", "--mission", "minusca", full.toString(), "--data-dir", grown))
			.as(console.err())
			.isZero();
		assertThat(console.out()).contains("3 map(s) added [2020-02, 2020-06, 2020-10], 17 already stored");
		assertThat(console.run("deployments", "import", "--mission", "minusca", full.toString(), "--data-dir", grown))
			.isZero();
		assertThat(console.out()).contains("0 map(s) added [], 20 already stored");

		// Every site, its troops and its countries as if the pack had held the maps.
		for (String month : List.of("2019-10", "2020-02", "2020-06", "2020-10")) {
			assertThat(console.run("mission", "show", "minusca", "--at", month, "--data-dir", whole)).isZero();
			String expected = console.out();
			assertThat(console.run("mission", "show", "minusca", "--at", month, "--data-dir", grown)).isZero();
			assertThat(console.out()).as(month).isEqualTo(expected);
		}
		assertThat(console.run("check", "--data-dir", grown)).as(console.err()).isZero();

		// A map older than the latest, or a row outside the mission's cells: nothing
		// stored.
		Path older = folder.resolve("older.csv");
		Files.write(older, lines.stream().map(line -> line.replace(",\"2015\",\"2\",", ",\"2015\",\"3\",")).toList());
		assertThat(console.run("deployments", "import", "--mission", "minusca", older.toString(), "--data-dir", grown))
			.isEqualTo(1);
		assertThat(console.err()).contains("older than the mission's latest (2020-10)", "2015-03");
		Path outside = folder.resolve("outside.csv");
		List<String> moved = new java.util.ArrayList<>(lines);
		moved.set(1, moved.get(1).replace("\"20.670732999999998\"", "\"0.5\""));
		Files.write(outside, moved);
		assertThat(
				console.run("deployments", "import", "--mission", "minusca", outside.toString(), "--data-dir", grown))
			.isEqualTo(1);
		assertThat(console.err()).contains("line 2", "lies outside the mission's cells");
	}

}
