package org.bluehelmet.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bluehelmet.ApiClient.assertProblem;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.UUID;

import org.bluehelmet.ApiClient;
import org.bluehelmet.ApiTest;
import org.bluehelmet.DemoPacks;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a reported incident may say (issue 16): the impossible refused with why, the
 * unlikely logged once confirmed, another country's file refused naming its rows, and the
 * forecast left where the data end by an incident logged today.
 */
class IncidentPlausibilityApiTest extends ApiTest {

	private static final JsonMapper JSON = ApiClient.JSON;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Test
	void refusesWhatCannotBeTrueAndAsksToConfirmWhatIsUnlikely() throws Exception {
		String body = """
				{"source":"JOC","sourceId":"%s","occurredOn":"2020-06-01","timePrecision":"DAY",
				 "position":{"lon":-3.9,"lat":14.2},"positionPrecision":"NEAR","category":"ATTACK_ON_CIVILIANS",
				 "target":"CIVILIANS","casualties":{"killedCivilians":3}}""".formatted(UUID.randomUUID());
		String incidents = "/api/v1/missions/minusma/incidents";
		// Paris, 1850, a day next year, a billion dead: refused, saying why.
		assertThat(problem(post(incidents, body.replace("\"lon\":-3.9,\"lat\":14.2", "\"lon\":2.35,\"lat\":48.85")),
				"position"))
			.contains("outside MINUSMA's area");
		assertThat(problem(post(incidents, body.replace("2020-06-01", "1850-06-01")), "occurredOn")).contains("1946");
		String nextYear = java.time.LocalDate.now().plusYears(1).toString();
		assertThat(problem(post(incidents, body.replace("2020-06-01", nextYear)), "occurredOn")).contains("future");
		assertThat(problem(post(incidents, body.replace("\"killedCivilians\":3", "\"killedCivilians\":999999999")),
				"casualties"))
			.contains("999,999,999");
		// Unlikely: asked to confirm, then logged when confirmed.
		String many = body.replace("\"killedCivilians\":3", "\"killedCivilians\":450");
		HttpResponse<String> unconfirmed = post(incidents, many);
		assertThat(problem(unconfirmed, "casualties")).contains("450");
		assertThat(JSON.readTree(unconfirmed.body()).get("confirmable").asBoolean()).isTrue();
		assertThat(post(incidents + "?confirmed=true", many).statusCode()).isEqualTo(201);
		String old = body.replace("2020-06-01", "1962-03-01")
			.replaceFirst("\"sourceId\":\"[^\"]+\"", "\"sourceId\":\"" + UUID.randomUUID() + "\"");
		assertThat(problem(post(incidents, old), "occurredOn")).contains("before the mission's data begin (", " 1990)");
		assertThat(post(incidents + "?confirmed=true", old).statusCode()).isEqualTo(201);
	}

	@Test
	void anIncidentLoggedTodayLeavesTheForecastWhereTheDataEnd() throws Exception {
		String alerts = "/api/v1/missions/minusma/warning/alerts?threshold=0.01&reachKm=0";
		JsonNode before = ok(get(alerts));
		String today = java.time.LocalDate.now().toString();
		HttpResponse<String> logged = post("/api/v1/missions/minusma/incidents", """
				{"source":"JOC","sourceId":"%s","occurredOn":"%s","timePrecision":"DAY",
				 "position":{"lon":-3.9,"lat":14.2},"positionPrecision":"NEAR","category":"ATTACK_ON_CIVILIANS",
				 "target":"CIVILIANS","casualties":{"killedCivilians":1}}""".formatted(UUID.randomUUID(), today));
		assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
		JsonNode after = ok(get(alerts));
		assertThat(before.size()).isPositive();
		// UCDP's file ends in 2021-12: the alerts are for 2022-01, as before.
		assertThat(after.findValuesAsString("month")).containsOnly("2022-01");
		assertThat(after.toString()).isEqualTo(before.toString());
	}

	@Test
	void refusesAnotherCountrysEventsNamingTheRows() throws Exception {
		byte[] car = Files.readAllBytes(DemoPacks.file("minusca", "incidents-ucdp.csv"));
		HttpResponse<String> refused = upload(car, "car.csv");
		assertThat(refused.statusCode()).isEqualTo(400);
		JsonNode report = JSON.readTree(refused.body());
		assertThat(report.get("status").asString()).isEqualTo("REJECTED");
		assertThat(report.get("stored").asLong()).isZero();
		assertThat(report.get("rejected").asLong()).isEqualTo(DemoPacks.incidents("minusca"));
		assertThat(report.get("rowsRead").asLong()).isEqualTo(report.get("stored").asLong()
				+ report.get("skipped").asLong() + report.get("rejected").asLong() + report.get("withheld").asLong());
		assertThat(report.get("problems").get(0).get("reason").asString()).contains("outside MINUSMA's area");
		assertThat(report.get("problems").get(0).get("line").asLong()).isEqualTo(2);
	}

	@Test
	void refusesAFileOfAnotherLayoutSayingWhichItIs() throws Exception {
		byte[] ucdp = Files.readAllBytes(DemoPacks.file("minusma", "incidents-ucdp.csv"));
		HttpResponse<String> refused = api().upload("/api/v1/missions/minusma/incidents/imports?format=ACLED", ucdp,
				"ucdp.csv");
		assertThat(refused.statusCode()).isEqualTo(400);
		JsonNode report = JSON.readTree(refused.body());
		assertThat(report.get("problems")).hasSize(1);
		assertThat(report.get("problems").get(0).get("reason").asString())
			.isEqualTo("this file is not in the ACLED layout; its header is UCDP GED's: choose UCDP");
		assertThat(report.get("rowsRead").asLong()).isZero();
		// In the reader's language: an account that chose French reads why in French.
		api().put("/api/v1/me/language", "{\"language\":\"fr\"}");
		try {
			HttpResponse<String> french = api().upload("/api/v1/missions/minusma/incidents/imports?format=ACLED", ucdp,
					"ucdp.csv");
			assertThat(JSON.readTree(french.body()).get("problems").get(0).get("reason").asString()).isEqualTo(
					"ce fichier n'est pas au format ACLED ; son en-tête est celui de UCDP GED : choisissez UCDP");
		}
		finally {
			api().put("/api/v1/me/language", "{\"language\":\"en\"}");
		}
	}

	private static String problem(HttpResponse<String> response, String field) {
		assertProblem(response, 400, field);
		return response.body();
	}

	private HttpResponse<String> upload(byte[] file, String name) throws IOException, InterruptedException {
		return api().upload("/api/v1/missions/minusma/incidents/imports?format=UCDP", file, name);
	}

	private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return api().post(path, json);
	}

	private JsonNode ok(HttpResponse<String> response) {
		return ApiClient.ok(response);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return api().get(path);
	}

}
