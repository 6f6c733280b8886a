package org.bluehelmet.security;

import static org.bluehelmet.security.AccessMatrixTest.ALERT_GID;
import static org.bluehelmet.security.AccessMatrixTest.ALL;
import static org.bluehelmet.security.AccessMatrixTest.OWN;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bluehelmet.ApiClient;
import org.bluehelmet.MinuscaTestPack;

/**
 * The access matrix: each endpoint of the API, which roles may call it, and how it is
 * called for a mission (an account's own, or another).
 */
final class AccessMatrix {

	private final Map<Role, ApiClient> clients;

	private final Map<String, String> jobOf;

	private final AccessMatrixFixtures fixtures;

	private final ApiTokens tokens;

	AccessMatrix(Map<Role, ApiClient> clients, Map<String, String> jobOf, AccessMatrixFixtures fixtures,
			ApiTokens tokens) {
		this.clients = clients;
		this.jobOf = jobOf;
		this.fixtures = fixtures;
		this.tokens = tokens;
	}

	/** What a call needs: the role's client and the mission it is asked about. */
	interface Call {

		HttpResponse<String> send(Role role, String mission) throws Exception;

	}

	/** An endpoint's line of the matrix. */
	record Line(boolean missionScoped, Set<Role> allowed, Call call) {
	}

	/** The matrix: each endpoint, who may call it, and how it is called. */
	Map<String, Line> lines() {
		Map<String, Line> m = new LinkedHashMap<>();
		String mission = "/api/v1/missions/{missionId}";
		for (String path : List.of("", "/deployment-maps", "/map-layers", "/sites", "/sites.geojson", "/sectors",
				"/sectors.geojson", "/outline.geojson", "/sectors/summary", "/sectors/summary.csv", "/incidents",
				"/incidents.csv", "/incidents.geojson", "/incidents/cells", "/incidents/counts",
				"/incidents/counts.csv", "/incidents/workflow")) {
			m.put("GET " + mission + path, read((role, id) -> client(role).get("/api/v1/missions/" + id + path)));
		}
		m.put("GET " + mission + "/protection-gap", read((role, id) -> client(role)
			.get("/api/v1/missions/" + id + "/protection-gap?from=2020-01-01&to=2020-12-31")));
		for (String path : List.of("", "/history", "/comments")) {
			m.put("GET " + mission + "/incidents/{incidentId}" + path,
					read((role, id) -> client(role).get(incident(id) + path)));
		}
		m.put("GET " + mission + "/incidents/imports/jobs/{jobId}", read(
				(role, id) -> client(role).get("/api/v1/missions/" + id + "/incidents/imports/jobs/" + jobOf.get(id))));
		m.put("POST " + mission + "/incidents", write(AccessRules.INCIDENT_WRITERS,
				(role, id) -> client(role).post("/api/v1/missions/" + id + "/incidents", fixtures.incidentJson(id))));
		m.put("POST " + mission + "/incidents/imports", write(AccessRules.INCIDENT_WRITERS, (role, id) -> client(role)
			.upload("/api/v1/missions/" + id + "/incidents/imports", fixtures.ucdpFile(), "ucdp.csv")));
		m.put("POST " + mission + "/incidents/{incidentId}/comments", write(AccessRules.INCIDENT_WRITERS,
				(role, id) -> client(role).post(incident(id) + "/comments", "{\"text\":\"Seen by the JOC\"}")));
		m.put("PATCH " + mission + "/incidents/{incidentId}", write(AccessRules.INCIDENT_WRITERS,
				(role, id) -> client(role).patch(fixtures.freshIncident(id), "{\"version\":0,\"priority\":\"HIGH\"}")));
		m.put("DELETE " + mission + "/incidents/{incidentId}",
				write(AccessRules.ADMINISTRATORS, (role, id) -> client(role).delete(fixtures.freshIncident(id))));
		m.put("GET " + mission + "/warning/risk",
				read((role, id) -> client(role).get("/api/v1/missions/" + id + "/warning/risk?origin=2020-12")));
		m.put("GET " + mission + "/warning/alerts", read((role, id) -> client(role)
			.get("/api/v1/missions/" + id + "/warning/alerts?origin=2020-12&threshold=0.1&reachKm=0")));
		m.put("GET " + mission + "/warning/alerts/{gid}.cap", read((role, id) -> client(role).get("/api/v1/missions/"
				+ id + "/warning/alerts/" + ALERT_GID + ".cap?origin=2020-12&threshold=0.01&reachKm=0")));
		m.put("GET " + mission + "/warning/cells/{gid}", read((role, id) -> client(role)
			.get("/api/v1/missions/" + id + "/warning/cells/" + ALERT_GID + "?origin=2020-12")));
		m.put("POST " + mission + "/warning/backtest/jobs", write(AccessRules.ANALYSTS, (role, id) -> client(role)
			.post("/api/v1/missions/" + id + "/warning/backtest/jobs?origins=2020-06&horizon=1", "")));
		m.put("GET " + mission + "/warning/backtest/jobs/{jobId}", read((role, id) -> client(role)
			.get("/api/v1/missions/" + id + "/warning/backtest/jobs/" + fixtures.backtestJob(id))));
		m.put("GET " + mission + "/posture/alerts",
				read((role, id) -> client(role).get("/api/v1/missions/" + id + "/posture/alerts?threshold=0.01")));
		m.put("GET " + mission + "/posture/alerts/{gid}.cap", read((role, id) -> client(role).get(
				"/api/v1/missions/" + id + "/posture/alerts/" + fixtures.postureAlertGid(id) + ".cap?threshold=0.01")));
		m.put("GET " + mission + "/places",
				read((role, id) -> client(role).get("/api/v1/missions/" + id + "/places?q=ba")));
		m.put("GET " + mission + "/sites/{siteId}/facilities", read((role, id) -> client(role)
			.get("/api/v1/missions/" + id + "/sites/" + fixtures.siteOf(id) + "/facilities")));
		m.put("PUT " + mission + "/sites/{siteId}/facilities", write(AccessRules.FACILITY_EDITORS, (role,
				id) -> client(role).put("/api/v1/missions/" + id + "/sites/" + fixtures.siteOf(id) + "/facilities", """
						{"from":"2099-12","medicalLevel":"2","airFacility":"airfield","source":"access matrix"}""")));
		m.put("GET " + mission + "/pack.zip", write(AccessRules.ADMINISTRATORS,
				(role, id) -> client(role).get("/api/v1/missions/" + id + "/pack.zip")));
		m.put("POST " + mission + "/deployment-maps", write(AccessRules.ADMINISTRATORS, (role, id) -> {
			byte[] maps;
			try (java.io.InputStream in = AccessMatrixTest.class
				.getResourceAsStream("/demo/" + id + "/deployments.csv")) {
				maps = in.readAllBytes();
			}
			return client(role).upload("/api/v1/missions/" + id + "/deployment-maps", maps, "deployments.csv");
		}));
		String forcegen = mission + "/forcegen";
		for (String path : List.of("/requirements", "/pledges", "/gaps", "/fill?asOf=2021-12-31", "/as-of", "/gaps.csv",
				"/levels", "/assumptions", "/cost", "/women", "/forecast.csv?asOf=2021-10-15&runs=200",
				"/forecast?asOf=2021-10-15&runs=200")) {
			m.put("GET " + forcegen + path.replaceAll("\\?.*", ""),
					read((role, id) -> client(role).get("/api/v1/missions/" + id + "/forcegen" + path)));
		}
		m.put("POST " + forcegen + "/pledges", write(AccessRules.FORCE_GENERATORS,
				(role, id) -> client(role).post("/api/v1/missions/" + id + "/forcegen/pledges", """
						{"reference":"%s","countries":["Ghana"],"capability":"UAV_UNIT","personnel":60,"women":6,
						 "readiness":"LEVEL_1","caveats":[],"stage":"PLEDGED","reached":{"PLEDGED":"2021-10-01"}}"""
					.formatted("M-" + UUID.randomUUID()))));
		m.put("PATCH " + forcegen + "/pledges/{pledgeId}",
				write(AccessRules.FORCE_GENERATORS,
						(role, id) -> client(role).patch(
								"/api/v1/missions/" + id + "/forcegen/pledges/" + fixtures.freshPledge(id),
								"{\"version\":0,\"stage\":\"LEVEL_2\",\"on\":\"2021-11-01\"}")));
		m.put("POST " + forcegen + "/pledges/imports", write(AccessRules.FORCE_GENERATORS,
				(role, id) -> client(role).upload("/api/v1/missions/" + id + "/forcegen/pledges/imports", """
						reference,countries,capability,personnel,women,equipment,readiness,caveats,requirement,pledged
						%s,Ghana,UAV_UNIT,60,6,,LEVEL_1,,,2021-10-01
						""".formatted("U-" + UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.UTF_8),
						"p.csv")));
		m.put("POST " + forcegen + "/requirements/imports",
				write(AccessRules.FORCE_GENERATORS,
						(role, id) -> client(role).upload("/api/v1/missions/" + id + "/forcegen/requirements/imports",
								"""
										reference,capability,units,personnel,equipment,sector,language,women_share_target,needed_by,priority,origin
										%s,UAV_UNIT,1,60,,,,,,2,matrix test
										"""
									.formatted("R-" + UUID.randomUUID())
									.getBytes(java.nio.charset.StandardCharsets.UTF_8),
								"r.csv")));
		m.put("PUT " + forcegen + "/assumptions/{step}",
				write(AccessRules.FORCE_GENERATORS,
						(role, id) -> client(role).put("/api/v1/missions/" + id + "/forcegen/assumptions/MOU",
								"{\"minDays\":30,\"modeDays\":45,\"maxDays\":120}")));
		String posture = mission + "/posture";
		m.put("GET " + posture + "/standard",
				read((role, id) -> client(role).get("/api/v1/missions/" + id + "/posture/standard")));
		m.put("POST " + posture + "/evaluate", read((role, id) -> client(role)
			.post("/api/v1/missions/" + id + "/posture/evaluate", "{\"name\":\"look\",\"kind\":\"AS_DEPLOYED\"}")));
		m.put("GET " + posture + "/scenarios",
				read((role, id) -> client(role).get("/api/v1/missions/" + id + "/posture/scenarios")));
		m.put("POST " + posture + "/scenarios",
				write(AccessRules.POSTURE_PLANNERS,
						(role, id) -> client(role).post("/api/v1/missions/" + id + "/posture/scenarios",
								"{\"name\":\"%s\",\"kind\":\"AS_DEPLOYED\"}".formatted("S-" + UUID.randomUUID()))));
		m.put("GET " + posture + "/scenarios/{scenarioId}", read((role, id) -> client(role)
			.get("/api/v1/missions/" + id + "/posture/scenarios/" + fixtures.freshScenario(id))));
		m.put("DELETE " + posture + "/scenarios/{scenarioId}",
				write(AccessRules.POSTURE_PLANNERS, (role, id) -> client(role)
					.delete("/api/v1/missions/" + id + "/posture/scenarios/" + fixtures.freshScenario(id))));
		String indicators = mission + "/indicators";
		for (String path : List.of("", "/measures", "/dashboard?month=2020-12&months=2")) {
			m.put("GET " + indicators + path.replaceAll("\\?.*", ""),
					read((role, id) -> client(role).get("/api/v1/missions/" + id + "/indicators" + path)));
		}
		m.put("POST " + indicators, write(AccessRules.ADMINISTRATORS, (role, id) -> client(role).post(
				"/api/v1/missions/" + id + "/indicators",
				AccessMatrixFixtures.NEW_INDICATOR.formatted("I-" + UUID.randomUUID().toString().substring(0, 8)))));
		m.put("DELETE " + indicators + "/{indicatorId}", write(AccessRules.ADMINISTRATORS, (role, id) -> client(role)
			.delete("/api/v1/missions/" + id + "/indicators/" + fixtures.freshIndicator(id))));
		m.put("GET " + mission + "/fatalities/by-year",
				read((role, id) -> client(role).get("/api/v1/missions/" + id + "/fatalities/by-year")));
		// A row of another mission: the import answers 201 and stores nothing.
		m.put("POST " + mission + "/fatalities", write(AccessRules.ADMINISTRATORS,
				(role, id) -> client(role).upload("/api/v1/missions/" + id + "/fatalities", """
						incident_date,casualty_id,mission_acronym,type_of_incident
						1948-07-06,UNTSO-1948-07-02408,UNTSO,Malicious Act
						""".getBytes(java.nio.charset.StandardCharsets.UTF_8), "fatalities.csv")));
		for (String format : List.of("pdf", "html", "csv")) {
			m.put("GET " + mission + "/reports/monthly." + format, read((role, id) -> client(role)
				.get("/api/v1/missions/" + id + "/reports/monthly." + format + "?month=2020-12")));
		}
		m.put("POST " + mission + "/reports/jobs", read((role, id) -> client(role)
			.post("/api/v1/missions/" + id + "/reports/jobs?format=csv&month=2020-12", "")));
		m.put("GET " + mission + "/reports/jobs/{jobId}", read(
				(role, id) -> client(role).get("/api/v1/missions/" + id + "/reports/jobs/" + fixtures.reportJob(id))));
		m.put("GET " + mission + "/reports/jobs/{jobId}/file", read((role, id) -> client(role)
			.get("/api/v1/missions/" + id + "/reports/jobs/" + fixtures.reportJob(id) + "/file")));
		for (String path : List.of("/ogc/collections/{collectionId}", "/ogc/collections/{collectionId}/items")) {
			m.put("GET " + path,
					read((role, id) -> client(role).get(path.replace("{collectionId}", id + "-incidents"))));
		}
		m.put("GET /ogc/collections/{collectionId}/items/{featureId}", read((role, id) -> client(role)
			.get("/ogc/collections/" + id + "-incidents/items/" + AccessMatrixFixtures.incidentOf.get(id))));
		for (String path : List.of("/ogc", "/ogc/conformance", "/ogc/collections", "/api/v1/missions", "/api/v1/me",
				"/api/v1/csrf", "/api/v1/me/tokens", "/api/v1/me/language")) {
			m.put("GET " + path, global(ALL, (role, id) -> client(role).get(path)));
		}
		// Tokens neither create tokens nor change passwords: these are called with the
		// password of a fresh account of the role.
		m.put("POST /api/v1/me/tokens", global(ALL,
				(role, id) -> fixtures.passwordClient(role).post("/api/v1/me/tokens", "{\"name\":\"a script\"}")));
		m.put("PUT /api/v1/me/language",
				global(ALL, (role, id) -> client(role).put("/api/v1/me/language", "{\"language\":\"en\"}")));
		m.put("PUT /api/v1/me/mission",
				global(ALL, (role, id) -> client(role).put("/api/v1/me/mission", "{\"mission\":\"" + OWN + "\"}")));
		m.put("PUT /api/v1/me/password", global(ALL, (role, id) -> fixtures.passwordClient(role)
			.put("/api/v1/me/password",
					"{\"currentPassword\":\"a-long-enough-password\",\"newPassword\":\"another-long-password\"}")));
		m.put("POST /api/v1/missions", global(AccessRules.SYSTEM_ADMINISTRATORS, (role, id) -> {
			String pack = "pack-" + UUID.randomUUID().toString().substring(0, 8);
			return client(role).upload("/api/v1/missions",
					MinuscaTestPack.zipped(Files.createTempDirectory("matrix-pack"), pack), pack + ".zip");
		}));
		m.put("GET /api/v1/admin/users/{username}/sessions", global(AccessRules.ADMINISTRATORS,
				(role, id) -> client(role).get("/api/v1/admin/users/" + fixtures.freshAccount() + "/sessions")));
		m.put("DELETE /api/v1/admin/users/{username}/sessions", global(AccessRules.ADMINISTRATORS,
				(role, id) -> client(role).delete("/api/v1/admin/users/" + fixtures.freshAccount() + "/sessions")));
		m.put("GET /api/v1/admin/users/{username}/tokens", global(AccessRules.ADMINISTRATORS,
				(role, id) -> client(role).get("/api/v1/admin/users/" + fixtures.freshAccount() + "/tokens")));
		m.put("DELETE /api/v1/admin/users/{username}/tokens/{tokenId}",
				global(AccessRules.ADMINISTRATORS, (role, id) -> {
					String owner = fixtures.freshAccount();
					return client(role)
						.delete("/api/v1/admin/users/" + owner + "/tokens/" + tokens.create(owner, "to revoke").id());
				}));
		m.put("DELETE /api/v1/me/tokens/{tokenId}", global(ALL, (role, id) -> client(role)
			.delete("/api/v1/me/tokens/" + tokens.create(username(role), "to revoke").id())));
		for (String path : List.of("/api/v1/admin/users", "/api/v1/admin/users/viewer", "/api/v1/admin/audit",
				"/api/v1/admin/audit/verification")) {
			m.put("GET " + path.replace("/viewer", "/{username}"),
					global(AccessRules.ADMINISTRATORS, (role, id) -> client(role).get(path)));
		}
		m.put("POST /api/v1/admin/users",
				global(AccessRules.ADMINISTRATORS,
						(role, id) -> client(role).post("/api/v1/admin/users",
								"""
										{"username":"%s","password":"a-long-enough-password","roles":["VIEWER"],"missions":["minusma"]}"""
									.formatted("new-" + UUID.randomUUID().toString().substring(0, 8)))));
		m.put("PATCH /api/v1/admin/users/{username}", global(AccessRules.ADMINISTRATORS, (role, id) -> client(role)
			.patch("/api/v1/admin/users/" + fixtures.freshAccount(), "{\"version\":0,\"enabled\":false}")));
		return m;
	}

	private static Line read(Call call) {
		return new Line(true, ALL, call);
	}

	private static Line write(Set<Role> roles, Call call) {
		return new Line(true, roles, call);
	}

	private static Line global(Set<Role> roles, Call call) {
		return new Line(false, roles, call);
	}

	private ApiClient client(Role role) {
		return clients.get(role);
	}

	static String username(Role role) {
		return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String incident(String mission) {
		return "/api/v1/missions/" + mission + "/incidents/" + AccessMatrixFixtures.incidentOf.get(mission);
	}

}
