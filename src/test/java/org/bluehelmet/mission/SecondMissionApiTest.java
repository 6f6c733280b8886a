package org.bluehelmet.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.bluehelmet.ApiClient;
import org.bluehelmet.ApiTest;
import org.bluehelmet.MinuscaTestPack;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The second demo mission, MINUSCA, loaded from its bundled pack beside MINUSMA, works
 * with no code of its own: its deployment map, sector table, protection gap, incidents
 * and standard posture scenarios; and packs uploaded over HTTP (issue 15).
 */
class SecondMissionApiTest extends ApiTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@TempDir
	static Path folder;

	@Test
	void showsTheOctober2020MapAndItsSectors() throws Exception {
		JsonNode sectors = ApiClient.ok(api().get("/api/v1/missions/minusca/sectors/summary?at=2020-10"));
		assertThat(sectors.findValuesAsString("sector")).contains("West", "Centre", "East", "Bangui");
		int troops = 0;
		int sites = 0;
		for (JsonNode sector : sectors) {
			troops += sector.get("troops").asInt();
			sites += sector.get("sites").asInt();
		}
		assertThat(troops).isEqualTo(12_385);
		assertThat(sites).isEqualTo(20);
		assertThat(ApiClient.ok(api().get("/api/v1/missions")).findValuesAsString("id")).contains("minusma", "minusca");
		JsonNode gap = ApiClient
			.ok(api().get("/api/v1/missions/minusca/protection-gap?from=2020-01-01&to=2020-12-31&at=2020-10"));
		int attacks = 0;
		for (JsonNode sector : gap) {
			attacks += sector.get("attacksOnCivilians").asInt();
		}
		assertThat(attacks).isPositive();
		assertThat(ApiClient.ok(api().get("/api/v1/missions/minusca/incidents?size=1")).get("total").asInt())
			.isEqualTo(1576);
	}

	@Test
	void offersTheStandardScenariosOfAMissionWithoutProposals() throws Exception {
		JsonNode standard = ApiClient.ok(api().get("/api/v1/missions/minusca/posture/standard"));
		assertThat(standard.size()).isEqualTo(2);
		assertThat(standard.get(0).get("name").asString()).isEqualTo("As deployed");
		assertThat(standard.get(1).get("name").asString()).isEqualTo("Planner, same troops");
		assertThat(standard.get(0).get("month").asString()).isEqualTo("2020-10");
		assertThat(standard.get(0).get("measures").get("troops").asInt()).isEqualTo(12_385);
		assertThat(standard.get(0).get("request").get("travel").get("convoyKmh").asDouble()).isEqualTo(30);
		JsonNode minusma = ApiClient.ok(api().get("/api/v1/missions/minusma/posture/standard"));
		assertThat(minusma.get(2).get("name").asString()).isEqualTo("Planner, 1,730 more troops (2021 proposal)");
	}

	@Test
	void aSystemAdministratorUploadsAPackOnceAndOthersMayNot() throws Exception {
		byte[] pack = MinuscaTestPack.zipped(folder.resolve("uploaded"), "minusca-upload");
		HttpResponse<String> created = api().upload("/api/v1/missions", pack, "minusca-upload.zip");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).contains("/api/v1/missions/minusca-upload");
		// The pack's roads, the default for what it leaves out.
		JsonNode travel = ApiClient.ok(api().get("/api/v1/missions/minusca-upload/posture/standard"))
			.get(0)
			.get("request")
			.get("travel");
		assertThat(travel.get("convoyKmh").asDouble()).isEqualTo(20);
		assertThat(travel.get("detourFactor").asDouble()).isEqualTo(1.5);
		assertThat(travel.get("remotenessHours").asDouble()).isEqualTo(10);
		assertThat(ApiClient.JSON.readTree(created.body()).get("sites").asInt()).isPositive();
		ApiClient.assertProblem(api().upload("/api/v1/missions", pack, "minusca-upload.zip"), 409, null);

		api().post("/api/v1/admin/users", """
				{"username":"mission-admin-up","password":"a-long-enough-password","roles":["MISSION_ADMINISTRATOR"],
				 "missions":["minusma"]}""");
		HttpResponse<String> refused = new ApiClient(port, "mission-admin-up", "a-long-enough-password")
			.upload("/api/v1/missions", MinuscaTestPack.zipped(folder.resolve("refused"), "minusca-refused"), "p.zip");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(api().get("/api/v1/missions/minusca-refused").statusCode()).isEqualTo(404);
	}

	@Test
	void refusesABadPackUploadWithEveryProblem() throws Exception {
		byte[] pack = MinuscaTestPack.zipped(folder.resolve("bad"), "minusca-bad",
				json -> json.replace("\"Lobaye\"", "\"Lobaye\",\"Atlantis\""));
		HttpResponse<String> refused = api().upload("/api/v1/missions", pack, "bad.zip");
		assertThat(refused.body()).contains("sector Bangui lists the region Atlantis");
		ApiClient.assertProblem(refused, 400, null);
		ApiClient.assertProblem(api().upload("/api/v1/missions", "not a zip".getBytes(), "notes.zip"), 400, "pack");
		assertThat(api().get("/api/v1/missions/minusca-bad").statusCode()).isEqualTo(404);
	}

}
