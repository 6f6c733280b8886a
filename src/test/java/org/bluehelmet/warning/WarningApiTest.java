package org.bluehelmet.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.bluehelmet.ApiClient;
import org.bluehelmet.ApiTest;
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
		assertThat(first.get("drivers").toString()).contains("attack(s) on civilians in the cell")
			.contains("raises the log-odds by");
		for (int i = 1; i < near.size(); i++) {
			assertThat(near.get(i).get("probability").asDouble())
				.isLessThanOrEqualTo(near.get(i - 1).get("probability").asDouble());
		}

		int gid = first.get("gid").asInt();
		HttpResponse<String> cap = api().get(BASE + "/alerts/" + gid + ".cap?origin=2020-12&threshold=0.1&reachKm=0");
		assertThat(cap.statusCode()).isEqualTo(200);
		assertThat(cap.body()).contains("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">",
				"<scope>Restricted</scope>", "<event>Risk of attacks on civilians</event>", "<polygon>",
				"PRIO-GRID cell " + gid);
		ApiClient.assertProblem(api().get(BASE + "/alerts/1.cap?origin=2020-12"), 404, null);
	}

}
