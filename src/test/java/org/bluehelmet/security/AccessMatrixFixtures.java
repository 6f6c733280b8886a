package org.bluehelmet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bluehelmet.ApiClient;
import org.bluehelmet.DemoPacks;
import tools.jackson.databind.JsonNode;

/**
 * What {@link AccessMatrixTest}'s calls act on: incidents, pledges, scenarios,
 * indicators, jobs and accounts of the two demo missions, made through the API as the
 * administrator; one made afresh for each call that changes or deletes it.
 */
final class AccessMatrixFixtures {

	/** An incident of each mission, for the calls that only read. */
	static final Map<String, Long> incidentOf = new LinkedHashMap<>();

	/** The other mission's pledge, which every call about it should fail to reach. */
	static long pledgeOfOther;

	private static String reportJobOfOwn;

	private static final String OWN = AccessMatrixTest.OWN;

	private final ApiClient admin;

	private final AccountService accounts;

	private final int port;

	AccessMatrixFixtures(ApiClient admin, AccountService accounts, int port) {
		this.admin = admin;
		this.accounts = accounts;
		this.port = port;
	}

	/** An incident of the mission made for one call that changes or deletes it. */
	String freshIncident(String mission) throws Exception {
		long id = mission.equals(OWN) ? newIncident(mission) : incidentOf.get(mission);
		return "/api/v1/missions/" + mission + "/incidents/" + id;
	}

	long newIncident(String mission) throws IOException, InterruptedException {
		HttpResponse<String> created = admin.post("/api/v1/missions/" + mission + "/incidents", incidentJson(mission));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return ApiClient.JSON.readTree(created.body()).get("id").asLong();
	}

	/**
	 * A pledge of the mission made for one call that changes it (the other mission's is
	 * fixed).
	 */
	long freshPledge(String mission) throws Exception {
		if (!mission.equals(OWN)) {
			return pledgeOfOther;
		}
		HttpResponse<String> created = admin.post("/api/v1/missions/" + mission + "/forcegen/pledges", """
				{"reference":"%s","countries":["Ghana"],"capability":"UAV_UNIT","personnel":60,"women":6,
				 "readiness":"LEVEL_1","caveats":[],"stage":"PLEDGED","reached":{"PLEDGED":"2021-10-01"}}"""
			.formatted("F-" + UUID.randomUUID()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return ApiClient.JSON.readTree(created.body()).get("id").asLong();
	}

	/** A site of the mission, as its administrator sees it. */
	long siteOf(String mission) throws Exception {
		return ApiClient.ok(admin.get("/api/v1/missions/" + mission + "/sites")).get(0).get("id").asLong();
	}

	long freshScenario(String mission) throws Exception {
		if (!mission.equals(OWN)) {
			// The other mission's paths answer 404 before any scenario is looked up.
			return 1;
		}
		HttpResponse<String> created = admin.post("/api/v1/missions/" + mission + "/posture/scenarios",
				"{\"name\":\"%s\",\"kind\":\"AS_DEPLOYED\"}".formatted("F-" + UUID.randomUUID()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return ApiClient.JSON.readTree(created.body()).get("id").asLong();
	}

	static final String NEW_INDICATOR = "{\"code\":\"%s\",\"name\":\"n\",\"measure\":\"INCIDENTS\","
			+ "\"target\":1,\"direction\":\"LOWER_IS_BETTER\"}";

	long freshIndicator(String mission) throws Exception {
		if (!mission.equals(OWN)) {
			return 1;
		}
		HttpResponse<String> created = admin.post("/api/v1/missions/" + mission + "/indicators",
				NEW_INDICATOR.formatted("D-" + UUID.randomUUID().toString().substring(0, 8)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return ApiClient.JSON.readTree(created.body()).get("id").asLong();
	}

	/** A backtest job of the mission, started as the administrator. */
	String backtestJob(String mission) throws Exception {
		if (!mission.equals(OWN)) {
			// The other mission's paths answer 404 before any job is looked up.
			return "none";
		}
		HttpResponse<String> started = admin
			.post("/api/v1/missions/" + mission + "/warning/backtest/jobs?origins=2020-06&horizon=1", "");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		return ApiClient.JSON.readTree(started.body()).get("id").asString();
	}

	/** A done report job of the mission (its annex), made for the administrator. */
	String reportJob(String mission) throws Exception {
		if (!mission.equals(OWN)) {
			return "none";
		}
		if (reportJobOfOwn == null) {
			HttpResponse<String> started = admin
				.post("/api/v1/missions/" + mission + "/reports/jobs?format=csv&month=2020-12", "");
			assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
			String id = ApiClient.JSON.readTree(started.body()).get("id").asString();
			for (int i = 0; i < 600; i++) {
				JsonNode job = ApiClient.ok(admin.get("/api/v1/missions/" + mission + "/reports/jobs/" + id));
				if (job.get("state").asString().equals("DONE")) {
					break;
				}
				Thread.sleep(100);
			}
			reportJobOfOwn = id;
		}
		return reportJobOfOwn;
	}

	/** A cell with an alert beyond the camps' reach, asked as the administrator. */
	int postureAlertGid(String mission) throws Exception {
		if (!mission.equals(OWN)) {
			return AccessMatrixTest.ALERT_GID;
		}
		JsonNode alerts = ApiClient.ok(admin.get("/api/v1/missions/" + mission + "/posture/alerts?threshold=0.01"));
		assertThat(alerts.size()).isPositive();
		return alerts.get(0).get("gid").asInt();
	}

	/** A client that logs in with the password of a new account of the role. */
	ApiClient passwordClient(Role role) {
		String name = "pw-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(new AccountService.NewAccount(name, "a-long-enough-password", Set.of(role), Set.of(OWN)),
				"admin");
		return new ApiClient(port, name, "a-long-enough-password");
	}

	String freshAccount() {
		String name = "acct-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(new AccountService.NewAccount(name, "a-long-enough-password", Set.of(Role.VIEWER), Set.of(OWN)),
				"admin");
		return name;
	}

	/** An incident inside the mission's area (near Mopti, or near Bangui). */
	static String incidentJson(String mission) {
		String position = mission.equals(OWN) ? "\"lon\":-3.9,\"lat\":14.2" : "\"lon\":18.56,\"lat\":4.37";
		return """
				{"source":"JOC","sourceId":"%s","occurredOn":"2021-03-01","timePrecision":"DAY",
				 "position":{%s},"positionPrecision":"NEAR","category":"EXPLOSIVE_DEVICE",
				 "target":"UN","description":"IED strike on a convoy"}""".formatted(UUID.randomUUID(), position);
	}

	/** The header and first event of the real UCDP file: stored once, then skipped. */
	static byte[] ucdpFile() throws IOException {
		List<String> lines = Files.readAllLines(DemoPacks.file("minusma", "incidents-ucdp.csv"));
		return String.join("\n", lines.subList(0, 2)).concat("\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

}
