package org.bluehelmet.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.bluehelmet.ApiClient;
import org.bluehelmet.ApiTest;
import org.bluehelmet.DemoPacks;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Early warning on the MINUSMA demo, from its stored UCDP events: risk per cell for the
 * month after the origin, alerts beyond the force's reach, and an alert as CAP 1.2.
 */
class WarningApiTest extends ApiTest {

	static final String BASE = "/api/v1/missions/minusma/warning";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@org.springframework.beans.factory.annotation.Autowired
	WarningService warning;

	/**
	 * MINUSMA's model learns from MINUSCA's incidents too: one logged there makes
	 * MINUSMA's forecasts be computed again, not served from the cache.
	 */
	@Test
	void aMissionsForecastFollowsTheIncidentsOfTheMissionsItLearnsFrom() throws Exception {
		long before = warning.stateOf("minusma");
		HttpResponse<String> created = api().post("/api/v1/missions/minusca/incidents", """
				{"source":"JOC","sourceId":"%s","occurredOn":"2019-05-01","timePrecision":"DAY",
				 "position":{"lon":18.56,"lat":4.36},"positionPrecision":"NEAR","category":"ATTACK_ON_CIVILIANS",
				 "target":"CIVILIANS","description":"test of the pooled model's cache"}"""
			.formatted(java.util.UUID.randomUUID()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(warning.stateOf("minusma")).isNotEqualTo(before);
		long id = ApiClient.JSON.readTree(created.body()).get("id").asLong();
		assertThat(api().delete("/api/v1/missions/minusca/incidents/" + id).statusCode()).isEqualTo(204);
	}

	@Test
	void givesEveryCellOfMaliARiskForTheMonthAfterTheOrigin() throws Exception {
		JsonNode risk = ApiClient.ok(api().get(BASE + "/risk?origin=2020-12"));
		assertThat(risk.size()).isEqualTo(425);
		double highest = 0;
		for (JsonNode cell : risk) {
			assertThat(cell.get("month").asString()).isEqualTo("2021-01");
			assertThat(cell.get("pAny").asDouble()).isBetween(0.0, 1.0);
			highest = Math.max(highest, cell.get("pAny").asDouble());
		}
		assertThat(highest).isGreaterThanOrEqualTo(0.1);
		ApiClient.assertProblem(api().get(BASE + "/risk?origin=December"), 400, "origin");
	}

	@Test
	void alertsWhereAttacksAreLikelyPeopleLiveAndTheForceIsFar() throws Exception {
		JsonNode near = ApiClient.ok(api().get(BASE + "/alerts?origin=2020-12&threshold=0.1&reachKm=0"));
		JsonNode far = ApiClient.ok(api().get(BASE + "/alerts?origin=2020-12&threshold=0.1&reachKm=100"));
		assertThat(near.size()).isPositive();
		// A longer reach covers more cells: fewer alerts.
		assertThat(far.size()).isLessThanOrEqualTo(near.size());
		JsonNode first = near.get(0);
		assertThat(first.get("probability").asDouble()).isGreaterThanOrEqualTo(0.1);
		assertThat(first.get("population").asLong()).isPositive();
		// In words: facts with their counts and months, no model weights, one distance.
		assertThat(first.get("drivers").toString())
			.containsPattern("\\d+ attacks? on civilians in the cell in the 12 months to December 2020")
			.doesNotContain("log-odds")
			.doesNotContain("month(s)")
			.doesNotContain("km from the nearest site");
		assertThat(first.get("distanceBy").asString()).isEqualTo("in a straight line");
		// Named after the nearest place of the mission's gazetteer.
		assertThat(first.get("place").asString()).isNotBlank();
		assertThat(first.get("where").asString()).contains(first.get("place").asString());
		for (int i = 1; i < near.size(); i++) {
			assertThat(near.get(i).get("probability").asDouble())
				.isLessThanOrEqualTo(near.get(i - 1).get("probability").asDouble());
		}

		int gid = first.get("gid").asInt();
		HttpResponse<String> cap = api().get(BASE + "/alerts/" + gid + ".cap?origin=2020-12&threshold=0.1&reachKm=0");
		assertThat(cap.statusCode()).isEqualTo(200);
		assertThat(cap.body()).contains("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">",
				"<scope>Restricted</scope>", "<event>Risk of attacks on civilians</event>", "<polygon>",
				"PRIO-GRID cell " + gid, first.get("where").asString(), "km in a straight line");
		ApiClient.assertProblem(api().get(BASE + "/alerts/1.cap?origin=2020-12"), 404, null);
	}

	@Test
	void aCellsPastIsTheStoredAttacksAndItsForecastTwelveMonthsOfSamples() throws Exception {
		int gid = org.bluehelmet.geo.PrioGrid.gidOf(new org.bluehelmet.geo.Position(-3.75, 14.25));
		JsonNode cell = ApiClient.ok(api().get(BASE + "/cells/" + gid + "?origin=2020-12"));
		JsonNode history = cell.get("history");
		assertThat(history.size()).isEqualTo(36);
		assertThat(history.get(0).get("month").asString()).isEqualTo("2018-01");
		assertThat(history.get(35).get("month").asString()).isEqualTo("2020-12");
		int attacks = 0;
		for (JsonNode month : history) {
			attacks += month.get("attacks").asInt();
		}
		// The same count straight from the published file: one-sided violence (type 3)
		// in this cell, 2018 to 2020.
		assertThat(attacks).isPositive().isEqualTo(ucdpAttacks(gid, 2018, 2020));
		JsonNode forecast = cell.get("forecast");
		assertThat(forecast.size()).isEqualTo(12);
		assertThat(forecast.get(0).get("month").asString()).isEqualTo("2021-01");
		for (JsonNode month : forecast) {
			assertThat(month.get("pAny").asDouble()).isBetween(0.0, 1.0);
			// A month with a small chance of a large event can have a mean above its 90th
			// percentile (zero): only the percentiles' order is certain.
			assertThat(month.get("p10").asDouble()).isLessThanOrEqualTo(month.get("p90").asDouble());
			assertThat(month.get("mean").asDouble()).isGreaterThanOrEqualTo(month.get("p10").asDouble());
		}
		assertThat(cell.get("drivers").toString())
			.containsPattern("attacks? on civilians in the cell in the 12 months to December 2020");
		ApiClient.assertProblem(api().get(BASE + "/cells/1?origin=2020-12"), 404, null);
	}

	@Test
	void theBacktestScoresEveryModelAgainstTheBaselinesOnTheStoredIncidents() throws Exception {
		JsonNode lines = finishedBacktest("?target=civilian-attacks");
		java.util.Map<String, JsonNode> overall = new java.util.HashMap<>();
		for (JsonNode line : lines) {
			if (line.get("horizon").asInt() == 0) {
				overall.put(line.get("model").asString(), line);
			}
		}
		assertThat(overall).containsKeys("zero", "conflictology", "bootstrap", "last value");
		assertThat(overall).hasSize(5);
		assertThat(lines.size()).isEqualTo(5 * 13);
		// 425 cells x 12 months x origins 2018-12, 2019-12, 2020-12; the all-zero
		// forecast's CRPS is the mean count, 0.0101 as in BENCHMARKS.md.
		assertThat(overall.get("zero").get("cases").asInt()).isEqualTo(15_300);
		assertThat(overall.get("zero").get("crps").asDouble()).isCloseTo(0.0101,
				org.assertj.core.data.Offset.offset(0.00005));
		ApiClient.assertProblem(api().post(BASE + "/backtest/jobs?target=rain", ""), 400, "target");
	}

	/** Runs a backtest as a job (the only way it runs) and waits for its table. */
	private JsonNode finishedBacktest(String params) throws Exception {
		HttpResponse<String> started = api().post(BASE + "/backtest/jobs" + params, "");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		String location = started.headers().firstValue("Location").orElseThrow();
		JsonNode job = ApiClient.JSON.readTree(started.body());
		long deadline = System.nanoTime() + 300_000_000_000L;
		while (!job.get("state").asString().equals("DONE")) {
			assertThat(job.get("state").asString()).as(job.toString()).isIn("QUEUED", "RUNNING");
			assertThat(System.nanoTime()).as("backtest job still running").isLessThan(deadline);
			Thread.sleep(200);
			job = ApiClient.ok(api().get(location));
		}
		return job.get("lines");
	}

	@Test
	void theBacktestRunsAsAJobWhoseProgressTheBrowserCanFollow() throws Exception {
		String params = "?target=civilian-attacks&origins=2019-06,2018-06&horizon=2";
		HttpResponse<String> started = api().post(BASE + "/backtest/jobs" + params, "");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		JsonNode job = ApiClient.JSON.readTree(started.body());
		String location = started.headers().firstValue("Location").orElseThrow();
		assertThat(location).endsWith("/warning/backtest/jobs/" + job.get("id").asString());
		// Five models from two origins: ten long steps; the origins come back in order.
		assertThat(job.get("total").asInt()).isEqualTo(10);
		assertThat(job.get("origins").toString()).isEqualTo("[\"2018-06\",\"2019-06\"]");
		// The same backtest asked for again while it runs is the same job.
		JsonNode again = ApiClient.JSON.readTree(api().post(BASE + "/backtest/jobs" + params, "").body());
		if (!again.get("state").asString().equals("DONE")) {
			assertThat(again.get("id").asString()).isEqualTo(job.get("id").asString());
		}
		java.util.Set<Integer> stepsSeen = new java.util.TreeSet<>();
		java.util.Set<String> stepsNamed = new java.util.TreeSet<>();
		long deadline = System.nanoTime() + 120_000_000_000L;
		while (!job.get("state").asString().equals("DONE")) {
			assertThat(job.get("state").asString()).as(job.toString()).isIn("QUEUED", "RUNNING");
			assertThat(System.nanoTime()).as("backtest job still running").isLessThan(deadline);
			if (job.get("state").asString().equals("RUNNING")) {
				stepsSeen.add(job.get("done").asInt());
				stepsNamed.add(job.get("step").asString());
				assertThat(job.get("done").asInt()).isBetween(0, 10);
			}
			Thread.sleep(100);
			job = ApiClient.ok(api().get(location));
		}
		// The learned model trains for seconds on each origin: its steps are seen.
		assertThat(stepsSeen).as("steps seen while running").isNotEmpty();
		assertThat(stepsNamed).as("steps seen while running")
			.anyMatch(step -> step.endsWith(" · 2018-06") || step.endsWith(" · 2019-06"));
		assertThat(job.get("done").asInt()).isEqualTo(10);
		JsonNode lines = job.get("lines");
		assertThat(lines.size()).isEqualTo(5 * 3);
		// Asked again on unchanged incidents: done at once.
		JsonNode known = ApiClient.JSON.readTree(api().post(BASE + "/backtest/jobs" + params, "").body());
		assertThat(known.get("state").asString()).isEqualTo("DONE");
		assertThat(known.get("lines")).isEqualTo(lines);

		ApiClient.assertProblem(api().post(BASE + "/backtest/jobs?horizon=13", ""), 400, "horizon");
		ApiClient.assertProblem(api().post(BASE + "/backtest/jobs?origins=2021-12", ""), 400, "origins");
		ApiClient.assertProblem(
				api().post(BASE + "/backtest/jobs?origins=2015-01,2015-02,2015-03,2015-04,2015-05,2015-06", ""), 400,
				"origins");
		ApiClient.assertProblem(api().post(BASE + "/backtest/jobs?target=rain", ""), 400, "target");
		ApiClient.assertProblem(api().get(BASE + "/backtest/jobs/no-such-job"), 404, null);
	}

	private static int ucdpAttacks(int gid, int fromYear, int toYear) throws java.io.IOException {
		int n = 0;
		try (java.io.Reader reader = java.nio.file.Files
			.newBufferedReader(DemoPacks.file("minusma", "incidents-ucdp.csv"))) {
			for (org.apache.commons.csv.CSVRecord row : org.apache.commons.csv.CSVFormat.DEFAULT.builder()
				.setHeader()
				.get()
				.parse(reader)) {
				int year = Integer.parseInt(row.get("year"));
				org.bluehelmet.geo.Position at = new org.bluehelmet.geo.Position(
						Double.parseDouble(row.get("longitude")), Double.parseDouble(row.get("latitude")));
				if (row.get("type_of_violence").equals("3") && year >= fromYear && year <= toYear
						&& org.bluehelmet.geo.PrioGrid.gidOf(at) == gid) {
					n++;
				}
			}
		}
		return n;
	}

}
