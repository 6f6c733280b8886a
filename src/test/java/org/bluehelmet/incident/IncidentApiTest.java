package org.bluehelmet.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bluehelmet.ApiClient.assertProblem;
import static org.bluehelmet.ApiClient.ok;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bluehelmet.ApiClient;
import org.bluehelmet.ApiTest;
import org.bluehelmet.DemoPacks;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The incident API over HTTP, as a script calls it, on a server loaded with the demo. */
class IncidentApiTest extends ApiTest {

	static final JsonMapper JSON = ApiClient.JSON;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Test
	void listsIncidentsFilteredAndPaged() throws Exception {
		JsonNode page = ok(get(
				"/api/v1/missions/minusma/incidents?category=ATTACK_ON_CIVILIANS&from=2020-01-01&to=2020-12-31&size=20"));
		assertThat(page.get("total").asLong()).isEqualTo(68);
		assertThat(page.get("items").size()).isEqualTo(20);
		JsonNode first = page.get("items").get(0);
		assertThat(first.get("category").asString()).isEqualTo("ATTACK_ON_CIVILIANS");
		assertThat(first.get("source").asString()).isEqualTo("UCDP GED");
		assertThat(first.get("position").get("lat").isNumber()).isTrue();
		JsonNode one = ok(get("/api/v1/missions/minusma/incidents/" + first.get("id").asLong()));
		assertThat(one.get("sourceId").asString()).isEqualTo(first.get("sourceId").asString());
		JsonNode boxed = ok(get("/api/v1/missions/minusma/incidents?bbox=-4.5,14,-3.5,15&sector=Centre&size=1"));
		assertThat(boxed.get("total").asLong()).isPositive();
	}

	@Test
	void filtersByPolygon() throws Exception {
		// A triangle around Mopti-Sévaré: every incident of the answer lies inside it,
		// fewer than in its box.
		String triangle = URLEncoder.encode("POLYGON((-4.6 14.0, -3.6 14.0, -4.1 15.0, -4.6 14.0))",
				StandardCharsets.UTF_8);
		JsonNode inside = ok(get("/api/v1/missions/minusma/incidents?size=1000&polygon=" + triangle));
		JsonNode box = ok(get("/api/v1/missions/minusma/incidents?size=1000&bbox=-4.6,14,-3.6,15"));
		assertThat(inside.get("total").asLong()).isPositive().isLessThan(box.get("total").asLong());
		assertThat(inside.get("items").size()).isEqualTo(inside.get("total").asInt());
		for (JsonNode incident : inside.get("items")) {
			double lon = incident.get("position").get("lon").asDouble();
			double lat = incident.get("position").get("lat").asDouble();
			// Inside the triangle: above its base and between its two sides.
			assertThat(lat).isBetween(14.0, 15.0);
			assertThat(Math.abs(lon + 4.1)).isLessThanOrEqualTo(0.5 * (15.0 - lat) + 1e-9);
		}
		HttpResponse<String> csv = get("/api/v1/missions/minusma/incidents.csv?polygon=" + triangle);
		assertThat(csv.body().lines().filter(line -> line.matches("^\\d+,.*")).count()).isPositive();
		assertProblem(get("/api/v1/missions/minusma/incidents?polygon=POINT(1%202)"), 400, "polygon");
		assertProblem(get("/api/v1/missions/minusma/incidents?polygon=nonsense"), 400, "polygon");
		assertProblem(
				get("/api/v1/missions/minusma/incidents?polygon="
						+ URLEncoder.encode("POLYGON((NaN NaN, NaN NaN, NaN NaN, NaN NaN))", StandardCharsets.UTF_8)),
				400, "polygon");
		assertProblem(get("/api/v1/missions/minusma/incidents/counts?polygon=" + triangle), 400, "polygon");
	}

	@Test
	void answersBadFiltersWithAProblemNamingTheParameter() throws Exception {
		assertProblem(get("/api/v1/missions/minusma/incidents?category=MURDER"), 400, "category");
		assertProblem(get("/api/v1/missions/minusma/incidents?bbox=1,2,3"), 400, "bbox");
		assertProblem(get("/api/v1/missions/minusma/incidents?from=2020-13-01"), 400, "from");
		assertProblem(get("/api/v1/missions/minusma/incidents?from=2021-01-01&to=2020-01-01"), 400, "to");
		assertProblem(get("/api/v1/missions/minusma/incidents?size=100000"), 400, "size");
		assertProblem(get("/api/v1/missions/minusma/incidents/999999999"), 404, null);
		assertProblem(get("/api/v1/missions/unmiss/incidents"), 404, null);
		assertProblem(get("/api/v1/missions/minusma/incidents/counts?by=region"), 400, "by");
	}

	@Test
	void givesTheProtectionGapOf2020() throws Exception {
		JsonNode gap = ok(get("/api/v1/missions/minusma/protection-gap?from=2020-01-01&to=2020-12-31&at=2020-12"));
		assertThat(gap.size()).isEqualTo(5);
		JsonNode centre = gap.get(3);
		assertThat(centre.get("sector").asString()).isEqualTo("Centre");
		assertThat(centre.get("troops").asInt()).isEqualTo(2985);
		assertThat(centre.get("troopShare").asDouble()).isBetween(0.1528, 0.1529);
		assertThat(centre.get("attackShare").asDouble()).isGreaterThan(0.7);
		assertThat(centre.has("attacksOnCivilians")).isTrue();
		assertProblem(get("/api/v1/missions/minusma/protection-gap?to=2020-12-31"), 400, "from");
	}

	@Test
	void countsBySectorAndMonth() throws Exception {
		JsonNode counts = ok(get("/api/v1/missions/minusma/incidents/counts?from=2020-01-01&to=2020-12-31"));
		long total = 0;
		for (JsonNode row : counts) {
			total += row.get("incidents").asLong();
		}
		assertThat(total).isEqualTo(232);
		assertThat(counts.get(0).get("month").asString()).startsWith("2020-");
		HttpResponse<String> byCategory = get(
				"/api/v1/missions/minusma/incidents/counts.csv?by=category&from=2020-01-01&to=2020-12-31");
		assertThat(byCategory.body()).startsWith("category,month,incidents,killed,wounded")
			.contains("ATTACK_ON_CIVILIANS,2020-");
	}

	@Test
	void importsTheRealFileTwiceStoringNothingTheSecondTime() throws Exception {
		byte[] file = Files.readAllBytes(UcdpTestFiles.realFile());
		HttpResponse<String> response = upload(file, "ucdp_ged_mali_1990_2021.csv");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode report = JSON.readTree(response.body());
		assertThat(report.get("rowsRead").asLong()).isEqualTo(DemoPacks.incidents("minusma"));
		assertThat(report.get("stored").asLong()).isZero();
		assertThat(report.get("skipped").asLong()).isEqualTo(DemoPacks.incidents("minusma"));
	}

	@Test
	void rejectsAnUploadWithABadRowNamingItAndStoresNothing() throws Exception {
		long before = ok(get("/api/v1/missions/minusma/incidents?size=1")).get("total").asLong();
		List<Map<String, String>> rows = new ArrayList<>();
		Map<String, String> real = UcdpTestFiles.realRows(r -> r.get("id").equals("12993")).get(0);
		rows.add(UcdpTestFiles.with(real, "id", "api-" + UUID.randomUUID()));
		rows.add(UcdpTestFiles.with(real, "id", "api-" + UUID.randomUUID(), "best", "-3"));
		HttpResponse<String> response = upload(UcdpTestFiles.csv(rows).getBytes(StandardCharsets.UTF_8), "bad.csv");
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode report = JSON.readTree(response.body());
		assertThat(report.get("status").asString()).isEqualTo("REJECTED");
		assertThat(report.get("stored").asLong()).isZero();
		assertThat(report.get("problems").get(0).get("field").asString()).isEqualTo("best");
		assertThat(report.get("problems").get(0).get("line").asLong()).isEqualTo(3);
		assertThat(ok(get("/api/v1/missions/minusma/incidents?size=1")).get("total").asLong()).isEqualTo(before);
	}

	@Test
	void aBackgroundImportReportsItsBadRowsFromTheJobInTheReadersLanguage() throws Exception {
		Map<String, String> real = UcdpTestFiles.realRows(r -> r.get("id").equals("12993")).get(0);
		List<Map<String, String>> rows = List.of(UcdpTestFiles.with(real, "id", "job-" + UUID.randomUUID()),
				UcdpTestFiles.with(real, "id", "job-" + UUID.randomUUID(), "date_start", "2020-13-45"));
		HttpResponse<String> queued = api().upload("/api/v1/missions/minusma/incidents/imports?wait=false",
				UcdpTestFiles.csv(rows).getBytes(StandardCharsets.UTF_8), "bad.csv");
		assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
		String job = queued.headers().firstValue("Location").orElseThrow();
		JsonNode state = ok(get(job));
		for (int i = 0; i < 300 && !state.get("state").asString().equals("DONE"); i++) {
			assertThat(state.get("state").asString()).isIn("QUEUED", "RUNNING");
			Thread.sleep(100);
			state = ok(get(job));
		}
		assertThat(state.get("rowsRead").asLong()).isEqualTo(2);
		JsonNode problem = state.get("report").get("problems").get(0);
		assertThat(state.get("report").get("status").asString()).isEqualTo("REJECTED");
		assertThat(problem.get("line").asLong()).isEqualTo(3);
		assertThat(problem.get("field").asString()).isEqualTo("date_start");
		JsonNode inFrench = ok(api().withLanguage("fr").get(job));
		assertThat(problem.get("reason").asString()).isEqualTo("'2020-13-45' is not a date (YYYY-MM-DD)");
		assertThat(inFrench.get("report").get("problems").get(0).get("reason").asString()).contains("2020-13-45")
			.isNotEqualTo(problem.get("reason").asString());
	}

	@Test
	void aBackgroundImportIntoAMissionThatDoesNotExistIsRefusedBeforeAnythingIsQueued() throws Exception {
		Map<String, String> real = UcdpTestFiles.realRows(r -> r.get("id").equals("12993")).get(0);
		byte[] file = UcdpTestFiles.csv(List.of(UcdpTestFiles.with(real, "id", "job-" + UUID.randomUUID())))
			.getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> refused = api().upload("/api/v1/missions/no-such-mission/incidents/imports?wait=false",
				file, "one.csv");
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
		assertThat(refused.headers().firstValue("Location")).isEmpty();
	}

	@Test
	void logsAnIncidentAndRefusesBadOnes() throws Exception {
		String body = """
				{"source":"JOC","sourceId":"%s","occurredOn":"2022-06-01","timePrecision":"DAY",
				 "position":{"lon":-3.9,"lat":14.2},"positionPrecision":"NEAR","category":"EXPLOSIVE_DEVICE",
				 "target":"UN","casualties":{"woundedPeacekeepers":3},"description":"IED strike on a convoy"}"""
			.formatted(UUID.randomUUID());
		HttpResponse<String> created = post("/api/v1/missions/minusma/incidents", body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode incident = JSON.readTree(created.body());
		assertThat(incident.get("sector").asString()).isEqualTo("Centre");
		assertThat(incident.get("status").asString()).isEqualTo("REPORTED");
		assertThat(incident.get("createdBy").asString()).isEqualTo("admin");
		assertThat(created.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/" + incident.get("id").asLong()));
		assertThat(post("/api/v1/missions/minusma/incidents", body).statusCode()).isEqualTo(409);
		assertProblem(post("/api/v1/missions/minusma/incidents", body.replace("\"lat\":14.2", "\"lat\":94.2")), 400,
				"lat");
		assertProblem(
				post("/api/v1/missions/minusma/incidents", body.replace("\"category\":\"EXPLOSIVE_DEVICE\",", "")), 400,
				"category");
		assertProblem(post("/api/v1/missions/minusma/incidents", "{not json"), 400, null);
	}

	@Test
	void exportsAFilteredSetAsCsvWithHxlTagsAndAsGeoJson() throws Exception {
		String filter = "?category=ATTACK_ON_CIVILIANS&from=2020-01-01&to=2020-12-31";
		HttpResponse<String> csv = get("/api/v1/missions/minusma/incidents.csv" + filter);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv.body())).getRecords();
		assertThat(rows).hasSize(2 + 68);
		assertThat(rows.get(0).get(0)).isEqualTo("id");
		assertThat(rows.get(1).get(0)).isEqualTo("#event+id");
		assertThat(rows.get(1).toList()).contains("#geo+lat", "#affected+killed+civilians", "#date+start");
		assertThat(rows.get(2).get(12)).isEqualTo("ATTACK_ON_CIVILIANS");

		HttpResponse<String> geoJson = get("/api/v1/missions/minusma/incidents.geojson" + filter);
		JsonNode collection = ok(geoJson);
		assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
		assertThat(collection.get("features").size()).isEqualTo(68);
		JsonNode feature = collection.get("features").get(0);
		assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Point");
		assertThat(feature.get("properties").get("category").asString()).isEqualTo("ATTACK_ON_CIVILIANS");
		assertProblem(get("/api/v1/missions/unmiss/incidents.csv"), 404, null);
	}

	@Test
	void triagesAnIncidentAndRefusesAStaleSave() throws Exception {
		String body = """
				{"source":"JOC","sourceId":"%s","occurredOn":"2022-07-01","timePrecision":"DAY",
				 "position":{"lon":-3.9,"lat":14.2},"positionPrecision":"NEAR","category":"AMBUSH","target":"UN"}"""
			.formatted(UUID.randomUUID());
		long id = JSON.readTree(post("/api/v1/missions/minusma/incidents", body).body()).get("id").asLong();
		String path = "/api/v1/missions/minusma/incidents/" + id;
		HttpResponse<String> reviewed = api().patch(path,
				"{\"version\":0,\"status\":\"IN_REVIEW\",\"assignee\":\"analyst1\"}");
		assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
		assertThat(JSON.readTree(reviewed.body()).get("version").asInt()).isEqualTo(1);
		assertProblem(api().patch(path, "{\"version\":0,\"priority\":\"LOW\"}"), 409, null);
		assertProblem(api().patch(path, "{\"status\":\"VERIFIED\"}"), 400, "version");
		assertProblem(api().patch(path, "{\"version\":1,\"status\":\"SOLVED\"}"), 400, null);
		assertThat(ok(get(path + "/history")).size()).isEqualTo(2);
		assertThat(post(path + "/comments", "{\"text\":\"Patrol on site\"}").statusCode()).isEqualTo(201);
		assertThat(ok(get(path + "/comments")).get(0).get("author").asString()).isEqualTo("admin");
		assertThat(api().delete(path).statusCode()).isEqualTo(204);
		assertProblem(get(path), 404, null);
	}

	@Test
	void correctsTheDayThePlaceAndTheCasualtiesCheckedAsANewReportIs() throws Exception {
		String body = """
				{"source":"JOC","sourceId":"%s","occurredOn":"2022-06-15","timePrecision":"DAY",
				 "position":{"lon":-3.9,"lat":14.2},"positionPrecision":"NEAR","category":"AMBUSH","target":"UN",
				 "casualties":{"woundedPeacekeepers":1}}""".formatted(UUID.randomUUID());
		long id = JSON.readTree(post("/api/v1/missions/minusma/incidents", body).body()).get("id").asLong();
		String path = "/api/v1/missions/minusma/incidents/" + id;
		JsonNode corrected = ok(api().patch(path, """
				{"version":0,"occurredOn":"2022-06-14","position":{"lon":-0.05,"lat":16.27},"locationName":"Gao",
				 "casualties":{"killedCivilians":2,"woundedPeacekeepers":1}}"""));
		assertThat(corrected.get("occurredOn").asString()).isEqualTo("2022-06-14");
		assertThat(corrected.get("sector").asString()).isEqualTo("East");
		assertThat(corrected.get("locationName").asString()).isEqualTo("Gao");
		assertThat(corrected.get("casualties").get("killedCivilians").asInt()).isEqualTo(2);
		assertThat(ok(get(path + "/history")).findValuesAsString("field")).containsExactlyInAnyOrder("occurredOn",
				"position", "locationName", "killedCivilians");

		// Checked as a new report is: impossible refused, unlikely only once confirmed.
		assertProblem(api().patch(path, "{\"version\":1,\"position\":{\"lon\":2.35,\"lat\":48.85}}"), 400, "position");
		assertProblem(api().patch(path, "{\"version\":1,\"occurredOn\":\"2090-01-01\"}"), 400, "occurredOn");
		String many = "{\"version\":1,\"casualties\":{\"killedCivilians\":500}%s}";
		HttpResponse<String> unlikely = api().patch(path, many.formatted(""));
		assertProblem(unlikely, 400, "casualties");
		assertThat(JSON.readTree(unlikely.body()).get("confirmable").asBoolean()).isTrue();
		assertThat(ok(api().patch(path, many.formatted(",\"confirmed\":true"))).get("casualties")
			.get("killedCivilians")
			.asInt()).isEqualTo(500);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return api().get(path);
	}

	@Test
	void refusesAFileNameTooLongByNameWhetherWaitingOrNot() throws Exception {
		byte[] file = UcdpTestFiles.csv(UcdpTestFiles.realRows(r -> r.get("id").equals("12993")))
			.getBytes(StandardCharsets.UTF_8);
		String name = "x".repeat(400) + ".csv";
		assertProblem(upload(file, name), 400, "file");
		HttpResponse<String> queued = api().upload("/api/v1/missions/minusma/incidents/imports?wait=false", file, name);
		assertProblem(queued, 400, "file");
		assertThat(queued.body()).contains("at most 255").doesNotContain("SQL").doesNotContain("VARCHAR");
	}

	private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return api().post(path, json);
	}

	private HttpResponse<String> upload(byte[] file, String name) throws IOException, InterruptedException {
		return api().upload("/api/v1/missions/minusma/incidents/imports?format=UCDP", file, name);
	}

}
