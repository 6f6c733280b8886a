package org.bluehelmet.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;

import org.bluehelmet.ApiClient;
import org.bluehelmet.ApiTest;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mission API over HTTP, as a script would call it, on a server loaded with the demo.
 */
class MissionApiTest extends ApiTest {

	static final JsonMapper JSON = ApiClient.JSON;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Test
	void listsTheDemoMission() throws Exception {
		JsonNode missions = json(get("/api/v1/missions", PASSWORD));
		assertThat(missions.isArray()).isTrue();
		assertThat(missions.get(0).get("id").asString()).isEqualTo("minusma");
		assertThat(missions.get(0).get("name").asString()).isEqualTo("MINUSMA");
	}

	@Test
	void givesTheSectorFiguresOfDecember2020() throws Exception {
		JsonNode summary = json(get("/api/v1/missions/minusma/sectors/summary?at=2020-12", PASSWORD));
		assertThat(summary.size()).isEqualTo(5);
		int total = 0;
		for (JsonNode row : summary) {
			total += row.get("troops").asInt();
			if (row.get("sector").asString().equals("Centre")) {
				assertThat(row.get("troops").asInt()).isEqualTo(2985);
				assertThat(row.get("sites").asInt()).isEqualTo(2);
				assertThat(row.get("troopShare").asDouble()).isBetween(0.1528, 0.1529);
			}
		}
		assertThat(total).isEqualTo(19525);
	}

	@Test
	void givesTheSitesOfAMonthWithUnitsAndCountries() throws Exception {
		JsonNode sites = json(get("/api/v1/missions/minusma/sites?at=2020-12", PASSWORD));
		assertThat(sites.size()).isEqualTo(12);
		JsonNode gao = find(sites, "Gao");
		assertThat(gao.get("troops").asInt()).isEqualTo(5320);
		assertThat(gao.get("sector").asString()).isEqualTo("East");
		assertThat(gao.get("position").get("lat").asDouble()).isBetween(16.0, 16.5);
		assertThat(gao.get("countries").toString()).contains("Germany", "China");
		assertThat(gao.get("unitTypes").toString()).contains("INFANTRY");
		assertThat(gao.get("contingents").get(0).get("country").asString()).isEqualTo("Bangladesh");
		assertThat(json(get("/api/v1/missions/minusma/sites?at=2014-03", PASSWORD)).size()).isEqualTo(13);
	}

	@Test
	void servesMapLayersAsGeoJson() throws Exception {
		HttpResponse<String> sites = get("/api/v1/missions/minusma/sites.geojson?at=2020-12", PASSWORD);
		assertThat(sites.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).contains("geo+json"));
		JsonNode collection = json(sites);
		assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
		assertThat(collection.get("features").size()).isEqualTo(12);
		JsonNode sectors = json(get("/api/v1/missions/minusma/sectors.geojson", PASSWORD));
		assertThat(sectors.get("features").size()).isEqualTo(5);
		assertThat(json(get("/api/v1/missions/minusma/outline.geojson", PASSWORD)).get("type").asString())
			.isEqualTo("FeatureCollection");
	}

	@Test
	void downloadsTheSectorTableAsCsv() throws Exception {
		HttpResponse<String> csv = get("/api/v1/missions/minusma/sectors/summary.csv?at=2020-12", PASSWORD);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).startsWith("sector,sites,troops,troop_share,as_of,source")
			.contains("Centre,2,2985,0.1529,2020-12,Map no. 4506 Rev. 37");
	}

	@Test
	void describesItselfAsOpenApi() throws Exception {
		JsonNode description = json(get("/v3/api-docs", PASSWORD));
		assertThat(description.get("info").get("title").asString()).isEqualTo("Blue Helmet API");
		assertThat(description.get("paths").has("/api/v1/missions/{missionId}/sectors/summary")).isTrue();
		// A report's language is the query parameter lang, as a string.
		JsonNode report = description.get("paths").get("/api/v1/missions/{missionId}/reports/monthly.pdf").get("get");
		assertThat(report.get("parameters").findValuesAsString("name")).containsExactlyInAnyOrder("missionId", "month",
				"lang");
		JsonNode lang = report.get("parameters").get(2);
		assertThat(lang.get("in").asString()).isEqualTo("query");
		assertThat(lang.get("schema").get("type").asString()).isEqualTo("string");
		assertThat(get("/v3/api-docs", null).statusCode()).isEqualTo(401);
	}

	@Test
	void needsAnAccount() throws Exception {
		assertThat(get("/api/v1/missions", null).statusCode()).isEqualTo(401);
		assertThat(get("/api/v1/missions", "wrong").statusCode()).isEqualTo(401);
		assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
	}

	@Test
	void answersABadMonthWithAProblemNamingTheField() throws Exception {
		HttpResponse<String> response = get("/api/v1/missions/minusma/sites?at=December", PASSWORD);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(JSON.readTree(response.body()).get("field").asString()).isEqualTo("at");
		assertThat(response.body()).doesNotContain("Exception");
	}

	@Test
	void answersAnUnknownMissionWith404() throws Exception {
		HttpResponse<String> response = get("/api/v1/missions/unmiss/sectors/summary", PASSWORD);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(get("/api/v1/no-such-thing", PASSWORD).statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> get(String path, String password) throws IOException, InterruptedException {
		return new ApiClient(port, "admin", password).get(path);
	}

	private static JsonNode json(HttpResponse<String> response) {
		return ApiClient.ok(response);
	}

	private static JsonNode find(JsonNode sites, String name) {
		for (JsonNode site : sites) {
			if (site.get("name").asString().equals(name)) {
				return site;
			}
		}
		throw new AssertionError("no site " + name);
	}

	@Test
	void drawsEachDemoMissionsRiversFromItsPackUnderTheData() throws Exception {
		tools.jackson.databind.JsonNode mali = org.bluehelmet.ApiClient
			.ok(api().get("/api/v1/missions/minusma/map-layers"));
		assertThat(mali.get("geography").findValuesAsString("name")).contains("rivers", "Niger");
		tools.jackson.databind.JsonNode car = org.bluehelmet.ApiClient
			.ok(api().get("/api/v1/missions/minusca/map-layers"));
		assertThat(car.get("geography").findValuesAsString("name")).contains("rivers", "Uele – Oubangui");
	}

	@Test
	void findsPlacesByNameAndOtherSpellingsAccentsIgnored() throws Exception {
		tools.jackson.databind.JsonNode timbuktu = org.bluehelmet.ApiClient
			.ok(api().get("/api/v1/missions/minusma/places?q=timbuktu"));
		assertThat(timbuktu.findValuesAsString("name")).contains("Tombouctou");
		assertThat(timbuktu.findValuesAsString("matched")).contains("Timbuktu");
		tools.jackson.databind.JsonNode sevare = org.bluehelmet.ApiClient
			.ok(api().get("/api/v1/missions/minusma/places?q=SEVARE"));
		assertThat(sevare.findValuesAsString("name")).contains("Mopti-Sévaré");
		assertThat(org.bluehelmet.ApiClient.ok(api().get("/api/v1/missions/minusma/places?q=atlantis")).size())
			.isZero();
		org.bluehelmet.ApiClient.assertProblem(api().get("/api/v1/missions/minusma/places?q=" + "x".repeat(101)), 400,
				"q");
	}

}
