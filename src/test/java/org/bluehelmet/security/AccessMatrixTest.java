package org.bluehelmet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.bluehelmet.ApiClient;
import org.bluehelmet.ApiTest;
import org.bluehelmet.MinuscaTestPack;
import org.bluehelmet.TestDatabases;
import org.bluehelmet.geo.PrioGrid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Walks the whole access matrix: every endpoint of the API × every role × its own mission
 * and another mission, and checks each answer. Every account here belongs to MINUSMA
 * only, a second mission exists beside it, and each role calls with a personal API token.
 * A role the rules do not allow gets 403 whatever the mission; an allowed role gets 404
 * for the other mission (as for a mission that does not exist) and a success for its own.
 * An endpoint added without a line here fails the first test.
 */
class AccessMatrixTest extends ApiTest {

	static final String OWN = "minusma";

	/** The second demo mission: an account of the first sees nothing of it. */
	static final String OTHER = "minusca";

	static final Set<Role> ALL = EnumSet.allOf(Role.class);

	/** A cell of Sector Centre with attacks on civilians in 2020 (Mopti region). */
	static final int ALERT_GID = PrioGrid.gidOf(new org.bluehelmet.geo.Position(-3.75, 14.25));

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private static final Map<Role, ApiClient> clients = new EnumMap<>(Role.class);

	private static final Map<String, Long> incidentOf = new LinkedHashMap<>();

	private static final Map<String, String> jobOf = new LinkedHashMap<>();

	private static long pledgeOfOther;

	private static String reportJobOfOwn;

	/** What a call needs: the role's client and the mission it is asked about. */
	interface Call {

		HttpResponse<String> send(Role role, String mission) throws Exception;

	}

	/** An endpoint's line of the matrix. */
	record Line(boolean missionScoped, Set<Role> allowed, Call call) {
	}

	@BeforeEach
	void accountsAndSecondMission() throws Exception {
		if (!clients.isEmpty()) {
			return;
		}
		for (String mission : List.of(OWN, OTHER)) {
			incidentOf.put(mission, newIncident(mission));
			HttpResponse<String> job = api().upload("/api/v1/missions/" + mission + "/incidents/imports?wait=false",
					ucdpFile(), "ucdp.csv");
			assertThat(job.statusCode()).as(job.body()).isEqualTo(202);
			jobOf.put(mission, ApiClient.JSON.readTree(job.body()).get("id").asString());
		}
		HttpResponse<String> pledge = api().post("/api/v1/missions/" + OTHER + "/forcegen/pledges", """
				{"reference":"O-1","countries":["Ghana"],"capability":"UAV_UNIT","personnel":60,"women":6,
				 "readiness":"LEVEL_1","caveats":[],"stage":"PLEDGED","reached":{"PLEDGED":"2021-10-01"}}""");
		assertThat(pledge.statusCode()).as(pledge.body()).isEqualTo(201);
		pledgeOfOther = ApiClient.JSON.readTree(pledge.body()).get("id").asLong();
		for (Role role : Role.values()) {
			String name = username(role);
			accounts.create(
					new AccountService.NewAccount(name, "matrix-test-" + UUID.randomUUID(), Set.of(role), Set.of(OWN)),
					"admin");
			clients.put(role, ApiClient.withToken(port, tokens.create(name, "access matrix").token()));
		}
	}

	@Test
	void everyEndpointIsInTheMatrix() {
		Set<String> served = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/") || pattern.startsWith("/ogc")) {
					info.getMethodsCondition().getMethods().forEach(verb -> served.add(verb.name() + " " + pattern));
				}
			}
		});
		assertThat(served).isEqualTo(new TreeSet<>(matrix().keySet()));
	}

	@Test
	void everyRoleGetsExactlyWhatTheRulesGiveForItsOwnMissionAndNothingOfAnother() throws Exception {
		List<String> wrong = new ArrayList<>();
		int asked = 0;
		for (Map.Entry<String, Line> entry : matrix().entrySet()) {
			Line line = entry.getValue();
			for (Role role : Role.values()) {
				for (String mission : line.missionScoped() ? List.of(OWN, OTHER) : List.of(OWN)) {
					HttpResponse<String> answer;
					try {
						answer = line.call().send(role, mission);
					}
					catch (IOException ex) {
						wrong.add(entry.getKey() + " as " + role + " for " + mission + ": broken answer " + ex);
						continue;
					}
					asked++;
					int status = answer.statusCode();
					String expected = !line.allowed().contains(role) ? "403" : mission.equals(OTHER) ? "404" : "2xx";
					boolean right = switch (expected) {
						case "2xx" -> status >= 200 && status < 300;
						default -> status == Integer.parseInt(expected);
					};
					if (!right) {
						wrong.add(entry.getKey() + " as " + role + " for " + mission + ": " + status + " (expected "
								+ expected + ") " + abbreviated(answer.body()));
					}
					if (status >= 400) {
						assertThat(answer.body()).doesNotContain("Exception").doesNotContain(OTHER.toUpperCase());
					}
				}
			}
		}
		assertThat(wrong).as("of " + asked + " calls").isEmpty();
	}

	@Test
	void listsOnlyTheMissionsAndCollectionsOfTheAccount() throws Exception {
		for (Role role : Role.values()) {
			JsonNode missions = ApiClient.ok(clients.get(role).get("/api/v1/missions"));
			assertThat(missions.findValuesAsString("id")).containsExactly(OWN);
			JsonNode collections = ApiClient.ok(clients.get(role).get("/ogc/collections")).get("collections");
			assertThat(collections.findValuesAsString("id")).containsExactlyInAnyOrder("minusma-incidents",
					"minusma-sites");
		}
		JsonNode everything = ApiClient.ok(api().get("/api/v1/missions"));
		assertThat(everything.findValuesAsString("id")).contains(OWN, OTHER);
	}

	@Test
	void aMissionAdministratorSeesOnlyTheAuditOfItsMissionsAndManagesOnlyItsAccounts() throws Exception {
		ApiClient missionAdmin = clients.get(Role.MISSION_ADMINISTRATOR);
		JsonNode entries = ApiClient.ok(missionAdmin.get("/api/v1/admin/audit?limit=1000"));
		assertThat(entries.findValuesAsString("missionId")).isNotEmpty().containsOnly(OWN);
		assertThat(ApiClient.ok(api().get("/api/v1/admin/audit?limit=1000")).findValuesAsString("missionId"))
			.contains(OTHER);
		HttpResponse<String> sysadmin = missionAdmin.post("/api/v1/admin/users", """
				{"username":"promoted","password":"a-long-enough-password","roles":["SYSTEM_ADMINISTRATOR"],
				 "missions":["minusma"]}""");
		ApiClient.assertProblem(sysadmin, 400, "roles");
		HttpResponse<String> otherMission = missionAdmin.post("/api/v1/admin/users",
				"""
						{"username":"elsewhere","password":"a-long-enough-password","roles":["VIEWER"],"missions":["minusca"]}""");
		ApiClient.assertProblem(otherMission, 400, "missions");
		assertThat(ApiClient.ok(missionAdmin.get("/api/v1/admin/users")).findValuesAsString("username"))
			.doesNotContain("admin");
	}

	/** The matrix: each endpoint, who may call it, and how it is called. */
	private Map<String, Line> matrix() {
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
				(role, id) -> client(role).post("/api/v1/missions/" + id + "/incidents", incidentJson(id))));
		m.put("POST " + mission + "/incidents/imports", write(AccessRules.INCIDENT_WRITERS, (role, id) -> client(role)
			.upload("/api/v1/missions/" + id + "/incidents/imports", ucdpFile(), "ucdp.csv")));
		m.put("POST " + mission + "/incidents/{incidentId}/comments", write(AccessRules.INCIDENT_WRITERS,
				(role, id) -> client(role).post(incident(id) + "/comments", "{\"text\":\"Seen by the JOC\"}")));
		m.put("PATCH " + mission + "/incidents/{incidentId}", write(AccessRules.INCIDENT_WRITERS,
				(role, id) -> client(role).patch(freshIncident(id), "{\"version\":0,\"priority\":\"HIGH\"}")));
		m.put("DELETE " + mission + "/incidents/{incidentId}",
				write(AccessRules.ADMINISTRATORS, (role, id) -> client(role).delete(freshIncident(id))));
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
			.get("/api/v1/missions/" + id + "/warning/backtest/jobs/" + backtestJob(id))));
		m.put("GET " + mission + "/posture/alerts",
				read((role, id) -> client(role).get("/api/v1/missions/" + id + "/posture/alerts?threshold=0.01")));
		m.put("GET " + mission + "/posture/alerts/{gid}.cap", read((role, id) -> client(role)
			.get("/api/v1/missions/" + id + "/posture/alerts/" + postureAlertGid(id) + ".cap?threshold=0.01")));
		m.put("GET " + mission + "/places",
				read((role, id) -> client(role).get("/api/v1/missions/" + id + "/places?q=ba")));
		m.put("GET " + mission + "/sites/{siteId}/facilities", read(
				(role, id) -> client(role).get("/api/v1/missions/" + id + "/sites/" + siteOf(id) + "/facilities")));
		m.put("PUT " + mission + "/sites/{siteId}/facilities", write(AccessRules.FACILITY_EDITORS,
				(role, id) -> client(role).put("/api/v1/missions/" + id + "/sites/" + siteOf(id) + "/facilities", """
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
								"/api/v1/missions/" + id + "/forcegen/pledges/" + freshPledge(id),
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
		m.put("GET " + posture + "/scenarios/{scenarioId}", read(
				(role, id) -> client(role).get("/api/v1/missions/" + id + "/posture/scenarios/" + freshScenario(id))));
		m.put("DELETE " + posture + "/scenarios/{scenarioId}", write(AccessRules.POSTURE_PLANNERS, (role,
				id) -> client(role).delete("/api/v1/missions/" + id + "/posture/scenarios/" + freshScenario(id))));
		String indicators = mission + "/indicators";
		for (String path : List.of("", "/measures", "/dashboard?month=2020-12&months=2")) {
			m.put("GET " + indicators + path.replaceAll("\\?.*", ""),
					read((role, id) -> client(role).get("/api/v1/missions/" + id + "/indicators" + path)));
		}
		m.put("POST " + indicators,
				write(AccessRules.ADMINISTRATORS,
						(role, id) -> client(role).post("/api/v1/missions/" + id + "/indicators",
								NEW_INDICATOR.formatted("I-" + UUID.randomUUID().toString().substring(0, 8)))));
		m.put("DELETE " + indicators + "/{indicatorId}", write(AccessRules.ADMINISTRATORS,
				(role, id) -> client(role).delete("/api/v1/missions/" + id + "/indicators/" + freshIndicator(id))));
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
		m.put("GET " + mission + "/reports/jobs/{jobId}",
				read((role, id) -> client(role).get("/api/v1/missions/" + id + "/reports/jobs/" + reportJob(id))));
		m.put("GET " + mission + "/reports/jobs/{jobId}/file", read(
				(role, id) -> client(role).get("/api/v1/missions/" + id + "/reports/jobs/" + reportJob(id) + "/file")));
		for (String path : List.of("/ogc/collections/{collectionId}", "/ogc/collections/{collectionId}/items")) {
			m.put("GET " + path,
					read((role, id) -> client(role).get(path.replace("{collectionId}", id + "-incidents"))));
		}
		m.put("GET /ogc/collections/{collectionId}/items/{featureId}", read(
				(role, id) -> client(role).get("/ogc/collections/" + id + "-incidents/items/" + incidentOf.get(id))));
		for (String path : List.of("/ogc", "/ogc/conformance", "/ogc/collections", "/api/v1/missions", "/api/v1/me",
				"/api/v1/csrf", "/api/v1/me/tokens", "/api/v1/me/language")) {
			m.put("GET " + path, global(ALL, (role, id) -> client(role).get(path)));
		}
		// Tokens neither create tokens nor change passwords: these are called with the
		// password of a fresh account of the role.
		m.put("POST /api/v1/me/tokens",
				global(ALL, (role, id) -> passwordClient(role).post("/api/v1/me/tokens", "{\"name\":\"a script\"}")));
		m.put("PUT /api/v1/me/language",
				global(ALL, (role, id) -> client(role).put("/api/v1/me/language", "{\"language\":\"en\"}")));
		m.put("PUT /api/v1/me/mission",
				global(ALL, (role, id) -> client(role).put("/api/v1/me/mission", "{\"mission\":\"" + OWN + "\"}")));
		m.put("PUT /api/v1/me/password", global(ALL, (role, id) -> passwordClient(role).put("/api/v1/me/password",
				"{\"currentPassword\":\"a-long-enough-password\",\"newPassword\":\"another-long-password\"}")));
		m.put("POST /api/v1/missions", global(AccessRules.SYSTEM_ADMINISTRATORS, (role, id) -> {
			String pack = "pack-" + UUID.randomUUID().toString().substring(0, 8);
			return client(role).upload("/api/v1/missions",
					MinuscaTestPack.zipped(Files.createTempDirectory("matrix-pack"), pack), pack + ".zip");
		}));
		m.put("GET /api/v1/admin/users/{username}/sessions", global(AccessRules.ADMINISTRATORS,
				(role, id) -> client(role).get("/api/v1/admin/users/" + freshAccount() + "/sessions")));
		m.put("DELETE /api/v1/admin/users/{username}/sessions", global(AccessRules.ADMINISTRATORS,
				(role, id) -> client(role).delete("/api/v1/admin/users/" + freshAccount() + "/sessions")));
		m.put("GET /api/v1/admin/users/{username}/tokens", global(AccessRules.ADMINISTRATORS,
				(role, id) -> client(role).get("/api/v1/admin/users/" + freshAccount() + "/tokens")));
		m.put("DELETE /api/v1/admin/users/{username}/tokens/{tokenId}",
				global(AccessRules.ADMINISTRATORS, (role, id) -> {
					String owner = freshAccount();
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
			.patch("/api/v1/admin/users/" + freshAccount(), "{\"version\":0,\"enabled\":false}")));
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

	private static ApiClient client(Role role) {
		return clients.get(role);
	}

	private static String username(Role role) {
		return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String incident(String mission) {
		return "/api/v1/missions/" + mission + "/incidents/" + incidentOf.get(mission);
	}

	/** An incident of the mission made for one call that changes or deletes it. */
	private String freshIncident(String mission) throws Exception {
		long id = mission.equals(OWN) ? newIncident(mission) : incidentOf.get(mission);
		return "/api/v1/missions/" + mission + "/incidents/" + id;
	}

	private long newIncident(String mission) throws IOException, InterruptedException {
		HttpResponse<String> created = api().post("/api/v1/missions/" + mission + "/incidents", incidentJson(mission));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return ApiClient.JSON.readTree(created.body()).get("id").asLong();
	}

	/**
	 * A pledge of the mission made for one call that changes it (the other mission's is
	 * fixed).
	 */
	private long freshPledge(String mission) throws Exception {
		if (!mission.equals(OWN)) {
			return pledgeOfOther;
		}
		HttpResponse<String> created = api().post("/api/v1/missions/" + mission + "/forcegen/pledges", """
				{"reference":"%s","countries":["Ghana"],"capability":"UAV_UNIT","personnel":60,"women":6,
				 "readiness":"LEVEL_1","caveats":[],"stage":"PLEDGED","reached":{"PLEDGED":"2021-10-01"}}"""
			.formatted("F-" + UUID.randomUUID()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return ApiClient.JSON.readTree(created.body()).get("id").asLong();
	}

	/** A site of the mission, as its administrator sees it. */
	private long siteOf(String mission) throws Exception {
		return ApiClient.ok(api().get("/api/v1/missions/" + mission + "/sites")).get(0).get("id").asLong();
	}

	private long freshScenario(String mission) throws Exception {
		if (!mission.equals(OWN)) {
			// The other mission's paths answer 404 before any scenario is looked up.
			return 1;
		}
		HttpResponse<String> created = api().post("/api/v1/missions/" + mission + "/posture/scenarios",
				"{\"name\":\"%s\",\"kind\":\"AS_DEPLOYED\"}".formatted("F-" + UUID.randomUUID()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return ApiClient.JSON.readTree(created.body()).get("id").asLong();
	}

	private static final String NEW_INDICATOR = "{\"code\":\"%s\",\"name\":\"n\",\"measure\":\"INCIDENTS\","
			+ "\"target\":1,\"direction\":\"LOWER_IS_BETTER\"}";

	private long freshIndicator(String mission) throws Exception {
		if (!mission.equals(OWN)) {
			return 1;
		}
		HttpResponse<String> created = api().post("/api/v1/missions/" + mission + "/indicators",
				NEW_INDICATOR.formatted("D-" + UUID.randomUUID().toString().substring(0, 8)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return ApiClient.JSON.readTree(created.body()).get("id").asLong();
	}

	/** A backtest job of the mission, started as the administrator. */
	private String backtestJob(String mission) throws Exception {
		if (!mission.equals(OWN)) {
			// The other mission's paths answer 404 before any job is looked up.
			return "none";
		}
		HttpResponse<String> started = api()
			.post("/api/v1/missions/" + mission + "/warning/backtest/jobs?origins=2020-06&horizon=1", "");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		return ApiClient.JSON.readTree(started.body()).get("id").asString();
	}

	/** A done report job of the mission (its annex), made for the administrator. */
	private String reportJob(String mission) throws Exception {
		if (!mission.equals(OWN)) {
			return "none";
		}
		if (reportJobOfOwn == null) {
			HttpResponse<String> started = api()
				.post("/api/v1/missions/" + mission + "/reports/jobs?format=csv&month=2020-12", "");
			assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
			String id = ApiClient.JSON.readTree(started.body()).get("id").asString();
			for (int i = 0; i < 600; i++) {
				JsonNode job = ApiClient.ok(api().get("/api/v1/missions/" + mission + "/reports/jobs/" + id));
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
	private int postureAlertGid(String mission) throws Exception {
		if (!mission.equals(OWN)) {
			return ALERT_GID;
		}
		JsonNode alerts = ApiClient.ok(api().get("/api/v1/missions/" + mission + "/posture/alerts?threshold=0.01"));
		assertThat(alerts.size()).isPositive();
		return alerts.get(0).get("gid").asInt();
	}

	/** A client that logs in with the password of a new account of the role. */
	private ApiClient passwordClient(Role role) {
		String name = "pw-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(new AccountService.NewAccount(name, "a-long-enough-password", Set.of(role), Set.of(OWN)),
				"admin");
		return new ApiClient(port, name, "a-long-enough-password");
	}

	private String freshAccount() {
		String name = "acct-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(new AccountService.NewAccount(name, "a-long-enough-password", Set.of(Role.VIEWER), Set.of(OWN)),
				"admin");
		return name;
	}

	/** An incident inside the mission's area (near Mopti, or near Bangui). */
	private static String incidentJson(String mission) {
		String position = mission.equals(OWN) ? "\"lon\":-3.9,\"lat\":14.2" : "\"lon\":18.56,\"lat\":4.37";
		return """
				{"source":"JOC","sourceId":"%s","occurredOn":"2021-03-01","timePrecision":"DAY",
				 "position":{%s},"positionPrecision":"NEAR","category":"EXPLOSIVE_DEVICE",
				 "target":"UN","description":"IED strike on a convoy"}""".formatted(UUID.randomUUID(), position);
	}

	/** The header and first event of the real UCDP file: stored once, then skipped. */
	private static byte[] ucdpFile() throws IOException {
		List<String> lines = Files.readAllLines(TestDatabases.sharedData("ucdp_ged_mali_1990_2021.csv"));
		return String.join("\n", lines.subList(0, 2)).concat("\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String abbreviated(String body) {
		return body.length() > 200 ? body.substring(0, 200) + "…" : body;
	}

}
