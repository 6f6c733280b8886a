package org.bluehelmet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A mission pack of a real second mission, MINUSCA, made from the published files in the
 * documented layout (issue 15): {@code ../shared/data/minusca/}'s PRIO-GRID cells with
 * the pack's column names; Geo-PKO's deployments, the border and GeoNames' places as they
 * are (the demo bundles the same files). Its {@code mission.json} takes the sectors and
 * ceilings of the data's facts file as they are, without the Bangui region (no cell of
 * the PRIO-GRID file has it); the demo pack will carry checked and cited ones.
 */
public final class MinuscaTestPack {

	public static final String MISSION_JSON = """
			{"mission":{"id":"minusca","name":"MINUSCA",
			  "fullName":"United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
			  "hostCountry":"Central African Republic","mandateStart":"2014-04-10",
			  "mandatePriorities":["protection of civilians"]},
			 "roads":{"convoyKmh":20,"detourFactor":1.5,"source":"an assumption of the test"},
			 "ceilings":[{"effectiveFrom":"2014-04-10","troops":10000,"police":1800,"resolution":"S/RES/2149 (2014)"},
			  {"effectiveFrom":"2017-11-15","troops":11650,"police":2080,"resolution":"S/RES/2387 (2017)"}],
			 "sectors":[
			  {"name":"West","description":"Sector West (Bouar)","regions":["Nana-Mambéré","Mambéré-Kadéï","Sangha-Mbaéré","Ouham-Pendé"]},
			  {"name":"Centre","description":"Sector Centre (Kaga-Bandoro)","regions":["Ouham","Nana-Grébizi","Kémo","Bamingui-Bangoran","Ouaka"]},
			  {"name":"East","description":"Sector East (Bria)","regions":["Haute-Kotto","Vakaga","Basse-Kotto","Mbomou","Haut-Mbomou"]},
			  {"name":"Bangui","description":"Joint Task Force Bangui","regions":["Ombella-M'Poko","Lobaye"]}],
			 "sources":[{"title":"Geo-PKO v2.1","citation":"Cil, Fjelde, Hultman & Nilsson (2020)","licence":"CC BY 4.0"}]}""";

	private MinuscaTestPack() {
	}

	/**
	 * The pack as a zip (its files in one folder), under another mission id and name, so
	 * that it can be imported beside the others.
	 */
	public static byte[] zipped(Path folder, String missionId) throws IOException {
		return zipped(folder, missionId, json -> json);
	}

	/** The same, with {@code mission.json} edited first. */
	public static byte[] zipped(Path folder, String missionId, UnaryOperator<String> edit) throws IOException {
		return zipped(folder, missionId, edit, java.util.Map.of());
	}

	/**
	 * The same, with other files of the pack ({@code facilities.csv},
	 * {@code indicators.csv} …) given by name and text.
	 */
	public static byte[] zipped(Path folder, String missionId, UnaryOperator<String> edit,
			java.util.Map<String, String> otherFiles) throws IOException {
		write(folder);
		for (java.util.Map.Entry<String, String> file : otherFiles.entrySet()) {
			Files.writeString(folder.resolve(file.getKey()), file.getValue());
		}
		Files.writeString(folder.resolve("mission.json"),
				edit.apply(MISSION_JSON.replace("\"id\":\"minusca\"", "\"id\":\"" + missionId + "\"")));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.list(folder)) {
			for (Path file : files.sorted().toList()) {
				zip.putNextEntry(new ZipEntry(missionId + "/" + file.getFileName()));
				zip.write(Files.readAllBytes(file));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	/** Writes the pack into {@code folder} (made if missing); returns the folder. */
	public static Path write(Path folder) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("mission.json"), MISSION_JSON);
		for (String file : List.of("cells.csv", "deployments.csv", "outline.geojson", "places.csv")) {
			Files.deleteIfExists(folder.resolve(file));
		}
		List<String> cells = Files
			.readAllLines(TestDatabases.sharedData("minusca/priogrid_central_african_republic.csv"));
		cells.set(0, cells.get(0).replace("cercle_pcode", "admin2_code").replace("population_2020_est", "population"));
		Files.write(folder.resolve("cells.csv"), cells);
		Files.copy(DemoPacks.file("minusca", "deployments.csv"), folder.resolve("deployments.csv"));
		Files.copy(DemoPacks.file("minusca", "outline.geojson"), folder.resolve("outline.geojson"));
		Files.copy(DemoPacks.file("minusca", "places.csv"), folder.resolve("places.csv"));
		return folder;
	}

}
