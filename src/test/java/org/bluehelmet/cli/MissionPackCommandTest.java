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

import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bluehelmet mission import PACK} on a real second mission: a MINUSCA pack made by
 * the test from {@code ../shared/data/minusca/} in the documented layout (issue 15). Its
 * {@code mission.json} takes the sectors and ceilings of the data's facts file as they
 * are; the demo pack will carry checked and cited ones.
 */
class MissionPackCommandTest {

	private static final String MISSION_JSON = """
			{"mission":{"id":"minusca","name":"MINUSCA",
			  "fullName":"United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
			  "hostCountry":"Central African Republic","mandateStart":"2014-04-10",
			  "mandatePriorities":["protection of civilians"]},
			 "ceilings":[{"effectiveFrom":"2014-04-10","troops":10000,"police":1800,"resolution":"S/RES/2149 (2014)"},
			  {"effectiveFrom":"2017-11-15","troops":11650,"police":2080,"resolution":"S/RES/2387 (2017)"}],
			 "sectors":[
			  {"name":"West","description":"Sector West (Bouar)","regions":["Nana-Mambéré","Mambéré-Kadéï","Sangha-Mbaéré","Ouham-Pendé"]},
			  {"name":"Centre","description":"Sector Centre (Kaga-Bandoro)","regions":["Ouham","Nana-Grébizi","Kémo","Bamingui-Bangoran","Ouaka"]},
			  {"name":"East","description":"Sector East (Bria)","regions":["Haute-Kotto","Vakaga","Basse-Kotto","Mbomou","Haut-Mbomou"]},
			  {"name":"Bangui","description":"Joint Task Force Bangui","regions":["Ombella-M'Poko","Lobaye"]}],
			 "sources":[{"title":"Geo-PKO v2.1","citation":"Cil, Fjelde, Hultman & Nilsson (2020)","licence":"CC BY 4.0"}]}""";

	@TempDir
	Path folder;

	private final Console console = new Console();

	private Path pack;

	@BeforeEach
	void minuscaPack() throws IOException {
		pack = folder.resolve("minusca");
		Files.createDirectories(pack);
		Files.writeString(pack.resolve("mission.json"), MISSION_JSON);
		List<String> cells = Files
			.readAllLines(TestDatabases.sharedData("minusca/priogrid_central_african_republic.csv"));
		cells.set(0, cells.get(0).replace("cercle_pcode", "admin2_code").replace("population_2020_est", "population"));
		Files.write(pack.resolve("cells.csv"), cells);
		Files.copy(TestDatabases.sharedData("minusca/minusca_deployments_geopko_v2.1.csv"),
				pack.resolve("deployments.csv"));
		Files.copy(TestDatabases.sharedData("minusca/central_african_republic_outline.geojson"),
				pack.resolve("outline.geojson"));
		Files.copy(TestDatabases.sharedData("minusca/central_african_republic_places_geonames.csv"),
				pack.resolve("places.csv"));
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
		Files.writeString(pack.resolve("mission.json"),
				MISSION_JSON.replace("\"Ombella-M'Poko\",\"Lobaye\"", "\"Ombella-M'Poko\",\"Lobaye\",\"Atlantis\""));
		List<String> deployments = Files.readAllLines(pack.resolve("deployments.csv"));
		deployments.set(1, deployments.get(1).replace("\"20.670732999999998\"", "\"0.5\""));
		Files.write(pack.resolve("deployments.csv"), deployments);
		Files.delete(pack.resolve("places.csv"));

		String data = folder.resolve("data").toString();
		assertThat(console.run("mission", "import", pack.toString(), "--data-dir", data)).isEqualTo(1);
		assertThat(console.err()).contains("nothing was stored")
			.contains("cells.csv line 5, population: must not be negative")
			.contains("sector Bangui lists the region Atlantis, which no cell of cells.csv has")
			.contains("deployments.csv line 2, longitude: Bambari at 0.5")
			.contains("places.csv: missing from the pack");
		assertThat(Files.exists(Path.of(data, "bluehelmet.mv.db"))).isFalse();
	}

	@Test
	void refusesWhatIsNotAPack() throws IOException {
		Path text = Files.writeString(folder.resolve("notes.txt"), "not a pack", StandardCharsets.UTF_8);
		assertThat(console.run("mission", "import", text.toString(), "--data-dir", folder.resolve("d").toString()))
			.isEqualTo(1);
		assertThat(console.err()).contains("neither a folder nor a .zip file");
	}

}
