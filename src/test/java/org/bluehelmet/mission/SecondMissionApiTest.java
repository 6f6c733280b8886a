package org.bluehelmet.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.bluehelmet.ApiClient;
import org.bluehelmet.ApiTest;
import org.bluehelmet.DemoPacks;
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
			.isEqualTo(DemoPacks.incidents("minusca"));
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

	/** The optional files of a pack, as someone else would write them. */
	private static java.util.Map<String, String> optionalFiles() throws java.io.IOException {
		return java.util.Map.of("facilities.csv", """
				site,from,medical_level,air_facility,helicopters,source
				Bangui,2014-09,level 3,airfield,4,"test: Bangui's hospitals and airport"
				Kaga Bandoro,2016-01,2,helipad,,"test: level-2 hospital"
				""", "incidents-ucdp.csv",
				java.nio.file.Files.readString(DemoPacks.file("minusca", "incidents-ucdp.csv")), "requirements.csv",
				"""
						reference,capability,units,personnel,equipment,sector,language,women_share_target,needed_by,priority,origin,issued_on
						TEST-R1,INFANTRY_BATTALION,1,750,APCs,East,French,0.15,2021-06-30,1,test requirement,2020-11-01
						""",
				"indicators.csv", """
						code,name,measure,sector,categories,baseline,baseline_year,target,direction,note
						TEST-1,Attacks on civilians (test),ATTACKS_ON_CIVILIANS,,,,2019,2,LOWER_IS_BETTER,test
						""");
	}

	@Test
	void forecastsAndReportsWithNoCodeOfItsOwn() throws Exception {
		JsonNode risk = ApiClient.ok(api().get("/api/v1/missions/minusca/warning/risk?origin=2020-10"));
		assertThat(risk.size()).isPositive();
		HttpResponse<byte[]> pdf = api().getBytes("/api/v1/missions/minusca/reports/monthly.pdf?month=2020-10");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		String csv = api().get("/api/v1/missions/minusca/reports/monthly.csv?month=2020-10").body();
		assertThat(csv).contains("minusca,2020-10").doesNotContain("minusma").doesNotContain("Mali");
		// Without a month, the last the data cover; a mission without indicators is told
		// so, not "0 of 0".
		HttpResponse<String> latest = api().get("/api/v1/missions/minusca/reports/monthly.html");
		assertThat(latest.statusCode()).isEqualTo(200);
		assertThat(latest.body()).contains("December 2020", "has no indicators yet").doesNotContain("Of 0 indicators");
	}

	@Test
	void storesAPacksOptionalFilesWithItsMissionOrNothingOfIt() throws Exception {
		byte[] pack = MinuscaTestPack.zipped(folder.resolve("full"), "minusca-full", json -> json, optionalFiles());
		HttpResponse<String> created = api().upload("/api/v1/missions", pack, "minusca-full.zip");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String base = "/api/v1/missions/minusca-full";
		JsonNode bangui = ApiClient.ok(api().get(base + "/sites?at=2020-10"))
			.valueStream()
			.filter(site -> site.get("name").asString().equals("Bangui"))
			.findFirst()
			.orElseThrow();
		assertThat(bangui.get("medicalLevel").asString()).isEqualTo("LEVEL_3");
		assertThat(bangui.get("facilities").get("helicopters").asInt()).isEqualTo(4);
		assertThat(ApiClient.ok(api().get(base + "/incidents?size=1")).get("total").asInt())
			.isEqualTo(DemoPacks.incidents("minusca"));
		assertThat(ApiClient.ok(api().get(base + "/indicators")).findValuesAsString("code")).contains("TEST-1");
		assertThat(ApiClient.ok(api().get(base + "/forcegen/requirements")).findValuesAsString("reference"))
			.contains("TEST-R1");

		java.util.Map<String, String> bad = new java.util.HashMap<>(optionalFiles());
		bad.put("indicators.csv", bad.get("indicators.csv").replace("LOWER_IS_BETTER", "SIDEWAYS"));
		bad.put("facilities.csv", bad.get("facilities.csv").replace("Kaga Bandoro", "Atlantis"));
		HttpResponse<String> refused = api().upload("/api/v1/missions",
				MinuscaTestPack.zipped(folder.resolve("bad-optional"), "minusca-bad-optional", json -> json, bad),
				"bad.zip");
		ApiClient.assertProblem(refused, 400, null);
		assertThat(refused.body()).contains("facilities.csv", "Atlantis is not a location of deployments.csv");
		assertThat(api().get("/api/v1/missions/minusca-bad-optional").statusCode()).isEqualTo(404);

		bad.put("facilities.csv", optionalFiles().get("facilities.csv"));
		HttpResponse<String> badIndicator = api().upload("/api/v1/missions",
				MinuscaTestPack.zipped(folder.resolve("bad-indicator"), "minusca-bad-indicator", json -> json, bad),
				"bad.zip");
		ApiClient.assertProblem(badIndicator, 400, null);
		assertThat(badIndicator.body()).contains("indicators.csv");
		assertThat(api().get("/api/v1/missions/minusca-bad-indicator").statusCode()).isEqualTo(404);
		assertThat(ApiClient.ok(api().get("/api/v1/missions")).findValuesAsString("id"))
			.doesNotContain("minusca-bad-indicator");
	}

}
