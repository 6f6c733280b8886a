package org.bluehelmet.forcegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.bluehelmet.ApiClient;
import org.bluehelmet.ApiTest;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Force generation on the MINUSMA demo, through the API: the 2021 requirement set, the
 * pledges answering it, the deployed contingents of Geo-PKO, gaps and arrival dates.
 */
class ForceGenerationApiTest extends ApiTest {

	static final String BASE = "/api/v1/missions/minusma/forcegen";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Test
	void theDemoRequiresTheTroopsAndPoliceOfThe2021Proposal() throws Exception {
		JsonNode requirements = ApiClient.ok(api().get(BASE + "/requirements"));
		int troops = 0;
		int police = 0;
		for (JsonNode requirement : requirements) {
			String capability = requirement.get("capability").asString();
			boolean isPolice = capability.equals("FORMED_POLICE_UNIT") || capability.equals("OTHER");
			if (isPolice) {
				police += requirement.get("personnel").asInt();
			}
			else {
				troops += requirement.get("personnel").asInt();
			}
		}
		assertThat(troops).isEqualTo(1730);
		assertThat(police).isEqualTo(339);
	}

	@Test
	void forecastsP50AndP90ArrivalDatesForEveryPledge() throws Exception {
		JsonNode forecast = ApiClient.ok(api().get(BASE + "/forecast?asOf=2021-10-15&runs=5000&seed=3"));
		assertThat(forecast.get("runs").asInt()).isEqualTo(5000);
		JsonNode pledges = forecast.get("pledges");
		assertThat(pledges.size()).isGreaterThan(6);
		for (JsonNode arrival : pledges) {
			JsonNode pledge = arrival.get("pledge");
			String reference = pledge.get("reference").asString();
			if (pledge.get("stage").asString().equals("DEPLOYED")) {
				assertThat(arrival.get("p50").asString()).isEqualTo(arrival.get("p90").asString());
				continue;
			}
			LocalDate p50 = LocalDate.parse(arrival.get("p50").asString());
			assertThat(p50).as(reference).isAfter(LocalDate.of(2021, 10, 15));
			if (!arrival.get("p90").isNull()) {
				assertThat(LocalDate.parse(arrival.get("p90").asString())).as(reference).isAfterOrEqualTo(p50);
			}
		}
		JsonNode helicopters = find(pledges, "DEMO-P03");
		// At the Rapid Deployment Level with its camp ready: within 60 days.
		assertThat(LocalDate.parse(helicopters.get("p90").asString())).isBeforeOrEqualTo(LocalDate.of(2021, 12, 14));
		ApiClient.assertProblem(api().get(BASE + "/forecast?runs=2000000"), 400, "runs");
		ApiClient.assertProblem(api().get(BASE + "/forecast?asOf=yesterday"), 400, null);
		JsonNode fan = forecast.get("strength");
		assertThat(fan.get(fan.size() - 1).get("p50").asInt()).isGreaterThan(fan.get(0).get("p50").asInt());
	}

	@Test
	void showsTheGapsAndClosesOneWhenAPledgeAnswersIt() throws Exception {
		JsonNode gaps = ApiClient.ok(api().get(BASE + "/gaps"));
		JsonNode infantry = find(gaps, "INFANTRY_BATTALION", "capability");
		assertThat(infantry.get("deployedUnits").asInt()).isPositive();
		assertThat(infantry.get("requiredUnits").asInt()).isEqualTo(1);
		assertThat(find(gaps, "UTILITY_HELICOPTER_UNIT", "capability").get("shortfallUnits").asInt()).isZero();

		HttpResponse<String> created = api().post(BASE + "/pledges", """
				{"reference":"DEMO-P07","countries":["Ghana"],"capability":"ARMOURED_CARRIER_COMPANY","personnel":180,
				 "women":20,"equipment":"16 APCs","readiness":"LEVEL_1","caveats":[],"stage":"PLEDGED",
				 "reached":{"PLEDGED":"2021-10-01"}}""");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = ApiClient.JSON.readTree(created.body()).get("id").asLong();
		JsonNode advanced = ApiClient
			.ok(api().patch(BASE + "/pledges/" + id, "{\"version\":0,\"stage\":\"LEVEL_2\",\"on\":\"2021-11-20\"}"));
		assertThat(advanced.get("stage").asString()).isEqualTo("LEVEL_2");
		assertThat(advanced.get("readiness").asString()).isEqualTo("LEVEL_2");
		ApiClient.assertProblem(
				api().patch(BASE + "/pledges/" + id, "{\"version\":0,\"stage\":\"LEVEL_3\",\"on\":\"2021-12-20\"}"),
				409, null);
		ApiClient.assertProblem(api().post(BASE + "/pledges", """
				{"reference":"DEMO-P08","countries":[],"capability":"UAV_UNIT","personnel":50,"women":0,
				 "readiness":"LEVEL_1","caveats":[],"stage":"PLEDGED","reached":{"PLEDGED":"2021-10-01"}}"""), 400,
				"countries");
	}

	@Test
	void letsThePlannerSetAStepsDuration() throws Exception {
		JsonNode assumptions = ApiClient
			.ok(api().put(BASE + "/assumptions/MOU", "{\"minDays\":10,\"modeDays\":20,\"maxDays\":30}"));
		assertThat(assumptions.get("steps").get("MOU").get("modeDays").asInt()).isEqualTo(20);
		ApiClient.assertProblem(api().put(BASE + "/assumptions/MOU", "{\"minDays\":30,\"modeDays\":20,\"maxDays\":10}"),
				400, "duration");
		ApiClient.assertProblem(api().put(BASE + "/assumptions/LUNCH", "{\"minDays\":1,\"modeDays\":2,\"maxDays\":3}"),
				400, "step");
	}

	@Test
	void costsThe2021ProposalAtTheRatesGiven() throws Exception {
		JsonNode standard = ApiClient.ok(api().get(BASE + "/cost"));
		assertThat(standard.get("personnel").asInt()).isEqualTo(2069);
		assertThat(standard.get("perMonth").asDouble()).isEqualTo(2069 * (1448.0 + 800.0));
		assertThat(standard.get("perYear").asDouble()).isEqualTo(12 * 2069 * (1448.0 + 800.0));
		JsonNode cheaper = ApiClient.ok(api().get(BASE + "/cost?personnelPerMonth=1000&equipmentPerPersonMonth=0"));
		assertThat(cheaper.get("perMonth").asDouble()).isEqualTo(2_069_000.0);
		ApiClient.assertProblem(api().get(BASE + "/cost?personnelPerMonth=-1"), 400, "personnelPerMonth");
		ApiClient.assertProblem(api().get(BASE + "/cost?equipmentPerPersonMonth=1e15"), 400, "equipmentPerPersonMonth");
	}

	@Test
	void comparesWomensShareInThePipelineWithTheTarget() throws Exception {
		JsonNode women = ApiClient.ok(api().get(BASE + "/women"));
		// Geo-PKO does not record women: unknown, not zero.
		assertThat(women.get("deployed").isNull()).isTrue();
		assertThat(women.get("pipeline").asDouble()).isBetween(0.05, 0.20);
		assertThat(women.get("target").asDouble()).isBetween(0.15, 0.20);
	}

	@Test
	void aClosedMissionIsReadAsOfItsLastDataMonthAndAServingOneAsOfToday() throws Exception {
		// MINUSMA's mandate ended in June 2023; the demo's events end in December 2021.
		JsonNode closed = ApiClient.ok(api().get(BASE + "/as-of"));
		assertThat(closed.get("asOf").asString()).isEqualTo("2021-12-31");
		assertThat(closed.get("reason").asString()).contains("30 Jun 2023");
		assertThat(ApiClient.ok(api().get(BASE + "/forecast?runs=100")).get("asOf").asString()).isEqualTo("2021-12-31");
		assertThat(ApiClient.ok(api().get(BASE + "/fill")).get("asOf").asString()).isEqualTo("2021-12-31");
		JsonNode serving = ApiClient.ok(api().get("/api/v1/missions/minusca/forcegen/as-of"));
		assertThat(serving.get("asOf").asString()).isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC).toString());
	}

	@Test
	void setsTheForceAgainstItsCeilingAndPerSector() throws Exception {
		JsonNode levels = ApiClient.ok(api().get(BASE + "/levels"));
		assertThat(levels.get("ceiling").asInt()).isEqualTo(13289 + 1920);
		assertThat(levels.get("deployed").asInt()).isEqualTo(19525);
		assertThat(levels.get("required").asInt()).isEqualTo(2069);
		JsonNode centre = null;
		for (JsonNode sector : levels.get("sectors")) {
			if ("Centre".equals(sector.get("sector").asString())) {
				centre = sector;
			}
		}
		assertThat(centre).isNotNull();
		assertThat(centre.get("deployed").asInt()).isEqualTo(2985);
		assertThat(centre.get("required").asInt()).isEqualTo(2069);
		assertThat(centre.get("pipeline").asInt()).isPositive();
	}

	@Test
	void downloadsTheForecastAndTheGapsAsCsv() throws Exception {
		HttpResponse<String> forecast = api().get(BASE + "/forecast.csv?asOf=2021-10-15&runs=1000");
		assertThat(forecast.statusCode()).isEqualTo(200);
		assertThat(forecast.body())
			.startsWith("reference,countries,capability,personnel,women,readiness,stage,sector,p10,")
			.contains(
					"\"DEMO-P03\",\"El Salvador\",UTILITY_HELICOPTER_UNIT,110,12,RAPID_DEPLOYMENT,CAMP_READY,\"Centre\"");
		HttpResponse<String> gaps = api().get(BASE + "/gaps.csv");
		assertThat(gaps.body()).startsWith("capability,required_units").contains("QUICK_REACTION_FORCE,1,850,1,850,");
	}

	@Test
	void importsPledgesFromAnUploadedFileAllOrNothing() throws Exception {
		String header = "reference,countries,capability,personnel,women,equipment,readiness,caveats,requirement,pledged\n";
		HttpResponse<String> bad = api().upload(BASE + "/pledges/imports",
				(header + "UP-1,Nepal,ENGINEER_COMPANY,150,12,,LEVEL_1,,,2021-09-01\n"
						+ "UP-2,Nepal,ENGINEER_COMPANY,150,12,,LEVEL_9,,,2021-09-01\n")
					.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				"pledges.csv");
		ApiClient.assertProblem(bad, 400, null);
		assertThat(bad.body()).contains("line 3");
		assertThat(api().get(BASE + "/pledges").body()).doesNotContain("UP-1");
		HttpResponse<String> good = api().upload(BASE + "/pledges/imports",
				(header + "UP-1,Nepal,ENGINEER_COMPANY,150,12,,LEVEL_1,,,2021-09-01\n")
					.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				"pledges.csv");
		assertThat(ApiClient.ok(good).get("stored").asInt()).isEqualTo(1);
	}

	private static JsonNode find(JsonNode pledges, String reference) {
		for (JsonNode arrival : pledges) {
			if (arrival.get("pledge").get("reference").asString().equals(reference)) {
				return arrival;
			}
		}
		throw new AssertionError("no pledge " + reference);
	}

	private static JsonNode find(JsonNode rows, String value, String field) {
		for (JsonNode row : rows) {
			if (row.get(field).asString().equals(value)) {
				return row;
			}
		}
		throw new AssertionError("no " + field + " " + value);
	}

}
