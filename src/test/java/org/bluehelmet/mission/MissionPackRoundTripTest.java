package org.bluehelmet.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.bluehelmet.ApiClient;
import org.bluehelmet.ApiTest;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A mission exported as a pack imports again with the same answers (issue 15): both demo
 * missions are exported, imported under another id, and asked the same questions.
 */
class MissionPackRoundTripTest extends ApiTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Test
	void minusmaExportedAndImportedAgainAnswersAlike() throws Exception {
		// A recorded facility travels with the pack.
		long site = ApiClient.ok(api().get("/api/v1/missions/minusma/sites")).get(0).get("id").asLong();
		ApiClient.ok(api().put("/api/v1/missions/minusma/sites/" + site + "/facilities", """
				{"from":"2019-01","medicalLevel":"1","airFacility":"helipad","helicopters":2,
				 "source":"=HYPERLINK(\\"x\\") a test source"}"""));
		roundTrip("minusma", List.of("2014-09", "2017-06", "2020-12"),
				List.of("/protection-gap?from=2020-01-01&to=2020-12-31", "/posture/standard",
						"/warning/risk?origin=2020-12", "/reports/monthly.csv?month=2020-12"));
	}

	@Test
	void minuscaExportedAndImportedAgainAnswersAlike() throws Exception {
		roundTrip("minusca", List.of("2015-07", "2020-10"), List.of("/protection-gap?from=2020-01-01&to=2020-12-31",
				"/posture/standard", "/warning/risk?origin=2020-10", "/reports/monthly.csv?month=2020-10"));
	}

	private void roundTrip(String id, List<String> months, List<String> questions) throws Exception {
		HttpResponse<byte[]> exported = api().getBytes("/api/v1/missions/" + id + "/pack.zip");
		assertThat(exported.statusCode()).isEqualTo(200);
		String copy = id + "-copy";
		HttpResponse<String> imported = api().upload("/api/v1/missions", renamed(exported.body(), id, copy),
				copy + ".zip");
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);

		assertThat(ApiClient.ok(api().get("/api/v1/missions/" + copy + "/incidents?size=1")).get("total").asInt())
			.isEqualTo(ApiClient.ok(api().get("/api/v1/missions/" + id + "/incidents?size=1")).get("total").asInt())
			.isPositive();
		List<String> asked = new java.util.ArrayList<>(List.of("", "/deployment-maps", "/sectors", "/sectors.geojson",
				"/outline.geojson", "/map-layers", "/incidents/counts", "/indicators", "/fatalities/by-year"));
		for (String month : months) {
			asked.add("/sites?at=" + month);
			asked.add("/sectors/summary?at=" + month);
		}
		asked.addAll(questions);
		for (String question : asked) {
			String original = answer(id, question);
			assertThat(answer(copy, question).replace(copy, id)).as(question).isEqualTo(original);
		}
		JsonNode audit = ApiClient.ok(api().get("/api/v1/admin/audit?action=mission.export"));
		assertThat(audit.findValuesAsString("missionId")).contains(id);
	}

	/** An answer with what differs between two stored copies (ids, times) left out. */
	private String answer(String mission, String question) throws Exception {
		HttpResponse<String> response = api().get("/api/v1/missions/" + mission + question);
		assertThat(response.statusCode()).as(mission + question + " " + response.body()).isEqualTo(200);
		if (question.contains(".csv")) {
			return response.body();
		}
		JsonNode json = ApiClient.JSON.readTree(response.body());
		strip(json);
		return json.toString();
	}

	private static void strip(JsonNode node) {
		if (node instanceof ObjectNode object) {
			object.remove(List.of("id", "unitId", "createdAt", "createdBy", "generatedAt", "seconds"));
		}
		node.forEach(MissionPackRoundTripTest::strip);
	}

	/**
	 * The pack with its folder and mission id changed, so that it imports beside the
	 * original.
	 */
	private static byte[] renamed(byte[] pack, String id, String copy) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pack));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				assertThat(entry.getName()).startsWith(id + "/");
				String name = entry.getName().substring(id.length() + 1);
				if (name.equals("mission.json")) {
					content = new String(content, StandardCharsets.UTF_8)
						.replace("\"id\" : \"" + id + "\"", "\"id\" : \"" + copy + "\"")
						.getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(copy + "/" + name));
				out.write(content);
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
