package org.bluehelmet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.bluehelmet.ApiClient;
import org.bluehelmet.ApiTest;
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
 * An endpoint added without a line in {@link AccessMatrix} fails the first test.
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

	private static final Map<String, String> jobOf = new LinkedHashMap<>();

	private AccessMatrixFixtures fixtures;

	@BeforeEach
	void accountsAndSecondMission() throws Exception {
		fixtures = new AccessMatrixFixtures(api(), accounts, port);
		if (!clients.isEmpty()) {
			return;
		}
		for (String mission : List.of(OWN, OTHER)) {
			AccessMatrixFixtures.incidentOf.put(mission, fixtures.newIncident(mission));
			HttpResponse<String> job = api().upload("/api/v1/missions/" + mission + "/incidents/imports?wait=false",
					fixtures.ucdpFile(), "ucdp.csv");
			assertThat(job.statusCode()).as(job.body()).isEqualTo(202);
			jobOf.put(mission, ApiClient.JSON.readTree(job.body()).get("id").asString());
		}
		HttpResponse<String> pledge = api().post("/api/v1/missions/" + OTHER + "/forcegen/pledges", """
				{"reference":"O-1","countries":["Ghana"],"capability":"UAV_UNIT","personnel":60,"women":6,
				 "readiness":"LEVEL_1","caveats":[],"stage":"PLEDGED","reached":{"PLEDGED":"2021-10-01"}}""");
		assertThat(pledge.statusCode()).as(pledge.body()).isEqualTo(201);
		AccessMatrixFixtures.pledgeOfOther = ApiClient.JSON.readTree(pledge.body()).get("id").asLong();
		for (Role role : Role.values()) {
			String name = AccessMatrix.username(role);
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
		assertThat(served)
			.isEqualTo(new TreeSet<>(new AccessMatrix(clients, jobOf, fixtures, tokens).lines().keySet()));
	}

	@Test
	void everyRoleGetsExactlyWhatTheRulesGiveForItsOwnMissionAndNothingOfAnother() throws Exception {
		List<String> wrong = new ArrayList<>();
		int asked = 0;
		for (Map.Entry<String, AccessMatrix.Line> entry : new AccessMatrix(clients, jobOf, fixtures, tokens).lines()
			.entrySet()) {
			AccessMatrix.Line line = entry.getValue();
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

	private static String abbreviated(String body) {
		return body.length() > 200 ? body.substring(0, 200) + "…" : body;
	}

}
