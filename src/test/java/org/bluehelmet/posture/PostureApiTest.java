package org.bluehelmet.posture;

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
 * The posture planner on the MINUSMA demo: December 2020 as deployed against the
 * planner's TOBs, casualty-evacuation reach, and saved scenarios.
 */
class PostureApiTest extends ApiTest {

	static final String BASE = "/api/v1/missions/minusma/posture";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Test
	void comparesDecember2020WithThePlannersTobs() throws Exception {
		JsonNode standard = ApiClient.ok(api().get(BASE + "/standard"));
		assertThat(standard.size()).isEqualTo(4);
		JsonNode deployed = standard.get(0);
		assertThat(deployed.get("month").asString()).isEqualTo("2020-12");
		JsonNode m = deployed.get("measures");
		// Geo-PKO's December 2020 map: 19,525 troops, 2,985 of them in the Centre.
		assertThat(m.get("troops").asInt()).isEqualTo(19525);
		assertThat(sector(m, "Centre").get("troops").asInt()).isEqualTo(2985);
		// Most people at risk live in the Centre, and most of them beyond the camps'
		// reach.
		assertThat(sector(m, "Centre").get("peopleAtRisk").asDouble())
			.isGreaterThan(0.8 * m.get("peopleAtRisk").asDouble());
		assertThat(m.get("shareWithinReach").asDouble()).isLessThan(0.5);
		assertThat(m.get("cells").asInt()).isEqualTo(425);
		assertThat(deployed.get("cells").size()).isEqualTo(425);

		for (int i = 1; i < 4; i++) {
			JsonNode planned = standard.get(i);
			JsonNode solver = planned.get("solver");
			assertThat(solver.get("bound").asDouble()).isGreaterThanOrEqualTo(solver.get("objective").asDouble());
			// The planner never loses what the camps reach, and gains what its objective
			// says.
			double gain = planned.get("measures").get("peopleAtRiskWithinReach").asDouble()
					- m.get("peopleAtRiskWithinReach").asDouble();
			assertThat(gain).isCloseTo(solver.get("objective").asDouble(), org.assertj.core.data.Offset.offset(1.0));
			assertThat(tobs(planned)).isLessThanOrEqualTo(10);
			// A TOB's company leaves its camp: troops are counted once, where they are;
			// added troops no TOB takes are said to be at no site.
			int added = planned.get("request").get("addedTroops").asInt();
			int atSites = 0;
			for (JsonNode site : planned.get("sites")) {
				atSites += site.get("troops").asInt();
			}
			int troops = planned.get("measures").get("troops").asInt();
			assertThat(troops).isEqualTo(atSites).isBetween(19525, 19525 + added);
			assertThat(solver.get("addedTroops").asInt()).isEqualTo(added);
			assertThat(solver.get("addedTroopsUnplaced").asInt()).isEqualTo(19525 + added - troops);
			if (troops < 19525 + added) {
				assertThat(planned.get("notes").toString()).contains(String.format(java.util.Locale.ROOT,
						"%,d of the %,d added troops are at no site", 19525 + added - troops, added));
			}
			if (i == 1) {
				assertThat(troops).isEqualTo(19525);
				assertThat(planned.get("notes").toString()).contains("The TOBs' troops leave camps");
			}
			for (JsonNode site : planned.get("sites")) {
				if (site.get("kind").asString().equals("TOB")) {
					assertThat(site.get("suppliedFrom").asString()).isNotBlank();
					assertThat(site.get("troops").asInt()).isEqualTo(150);
				}
			}
		}
		// With forward surgical teams, TOBs may go where no hospital is within 2 hours:
		// the Centre.
		JsonNode withTeams = standard.get(3);
		assertThat(tobs(withTeams)).isGreaterThan(tobs(standard.get(2)));
		assertThat(sector(withTeams.get("measures"), "Centre").get("shareWithinReach").asDouble())
			.isGreaterThan(sector(m, "Centre").get("shareWithinReach").asDouble() + 0.2);
	}

	@Test
	void withABackupWeightThePlannerAlsoSeeksASecondSiteForPeopleAtRisk() throws Exception {
		String request = """
				{"name":"%s","kind":"PLANNED","month":"2020-12","tobSurgicalTeams":true,
				 "rules":{"responseMinutes":180,"resupplyKm":150,"companySize":150,"campGarrison":450,
				          "maxTobs":10,"addedTroops":1730,"backupWeight":%s}}""";
		JsonNode single = ApiClient.ok(api().post(BASE + "/evaluate", request.formatted("first reach", "0")));
		JsonNode backup = ApiClient.ok(api().post(BASE + "/evaluate", request.formatted("backup", "1")));
		double twiceSingle = single.get("measures").get("peopleAtRiskReachedTwice").asDouble();
		double twiceBackup = backup.get("measures").get("peopleAtRiskReachedTwice").asDouble();
		assertThat(twiceBackup).isGreaterThan(twiceSingle);
		// Seeking backup never gains more first reach than the plan that seeks only that.
		assertThat(backup.get("measures").get("peopleAtRiskWithinReach").asDouble())
			.isLessThanOrEqualTo(single.get("measures").get("peopleAtRiskWithinReach").asDouble() + 1);
		JsonNode solver = backup.get("solver");
		assertThat(solver.get("bound").asDouble()).isGreaterThanOrEqualTo(solver.get("objective").asDouble());
		ApiClient.assertProblem(api().post(BASE + "/evaluate", request.formatted("bad", "1.5")), 400,
				"rules.backupWeight");
	}

	@Test
	void alertsAreTheLikelyCellsBeyondThePosturesReachAndATobThereRemovesOne() throws Exception {
		JsonNode deployed = ApiClient.ok(api().get(BASE + "/alerts?threshold=0.05"));
		assertThat(deployed.size()).isPositive();
		JsonNode first = deployed.get(0);
		assertThat(first.get("reach").asString()).contains("within 180 minutes by road", "As deployed");
		assertThat(first.get("probability").asDouble()).isGreaterThanOrEqualTo(0.05);
		// A TOB on that cell's centre, saved as a scenario: its alert goes, the others
		// stay.
		HttpResponse<String> created = api().post(BASE + "/scenarios", """
				{"name":"TOB on the alert","kind":"CUSTOM",
				 "tobs":[{"name":"Alert TOB","lon":%s,"lat":%s}]}""".formatted(first.get("lon").asDouble(),
				first.get("lat").asDouble()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = ApiClient.JSON.readTree(created.body()).get("id").asLong();
		JsonNode withTob = ApiClient.ok(api().get(BASE + "/alerts?threshold=0.05&scenario=" + id));
		java.util.List<Integer> gids = new java.util.ArrayList<>();
		withTob.forEach(alert -> gids.add(alert.get("gid").asInt()));
		assertThat(gids).doesNotContain(first.get("gid").asInt());
		assertThat(withTob.size()).isLessThan(deployed.size());

		HttpResponse<String> cap = api().get(BASE + "/alerts/" + first.get("gid").asInt() + ".cap?threshold=0.05");
		assertThat(cap.statusCode()).isEqualTo(200);
		// One distance, said how it was measured: the alert's reach and its nearest site
		// by road.
		assertThat(cap.body()).contains("urn:oasis:names:tc:emergency:cap:1.2", "minutes by road", "km by road")
			.doesNotContain("in a straight line");
		// One info block per language, each in its own words.
		assertThat(cap.body()).contains("<language>en</language>", "<language>fr</language>", "minutes par la route",
				"Risque d'attaques contre des civils", "Pourquoi :");
		ApiClient.assertProblem(api().get(BASE + "/alerts?scenario=best"), 400, "scenario");
		ApiClient.assertProblem(api().get(BASE + "/alerts?scenario=987654"), 404, null);
		assertThat(api().delete(BASE + "/scenarios/" + id).statusCode()).isEqualTo(204);
	}

	@Test
	void listsTheSitesAndCellsOutsideCasualtyEvacuationReach() throws Exception {
		JsonNode deployed = ApiClient.ok(api().post(BASE + "/evaluate",
				"{\"name\":\"as it was\",\"kind\":\"AS_DEPLOYED\",\"month\":\"2020-12\"}"));
		JsonNode outside = deployed.get("measures").get("sitesOutsideCasevac");
		// Surgery at Bamako (its hospitals) and Mopti-Sévaré (a level-2 hospital), as the
		// pack's facilities.csv records them: within reach; Ménaka is not.
		assertThat(outside.findValuesAsString("name")).contains("Ménaka")
			.doesNotContain("Gao", "Mopti-Sévaré", "Bamako");
		int day = deployed.get("measures").get("cellsWithinCasevacDay").asInt();
		int night = deployed.get("measures").get("cellsWithinCasevacNight").asInt();
		assertThat(day).isPositive().isLessThan(425);
		// A helicopter launches later by night: never more cells within reach.
		assertThat(night).isLessThanOrEqualTo(day);
		// Helicopters at Mopti-Sévaré too: more cells within reach.
		JsonNode moreHelicopters = ApiClient.ok(api().post(BASE + "/evaluate", """
				{"name":"x","kind":"AS_DEPLOYED","month":"2020-12",
				 "helicopterBases":["Gao","Kidal","Tombouctou","Bamako","Mopti-Sévaré"]}"""));
		assertThat(moreHelicopters.get("measures").get("cellsWithinCasevacDay").asInt()).isGreaterThanOrEqualTo(day);
		ApiClient.assertProblem(api().post(BASE + "/evaluate", """
				{"name":"x","kind":"AS_DEPLOYED","helicopterBases":["Atlantis"]}"""), 400, "helicopterBases");
		ApiClient.assertProblem(api().post(BASE + "/evaluate", "{\"name\":\"x\"}"), 400, "kind");
	}

	@Test
	void aPlannerRecordsASitesFacilitiesAndReachIsRecomputed() throws Exception {
		String sites = "/api/v1/missions/minusma/sites";
		long mopti = ApiClient.ok(api().get(sites + "?at=2020-12"))
			.valueStream()
			.filter(site -> site.get("name").asString().equals("Mopti-Sévaré"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();
		String facilities = sites + "/" + mopti + "/facilities";
		JsonNode history = ApiClient.ok(api().get(facilities));
		assertThat(history.get("recorded").findValuesAsString("source")).anyMatch(s -> s.contains("Togolese"));
		assertThat(history.get("assumed").get("recorded").asBoolean()).isFalse();

		api().post("/api/v1/admin/users", """
				{"username":"facility-viewer","password":"a-long-enough-password","roles":["VIEWER"],
				 "missions":["minusma"]}""");
		String noSurgery = """
				{"from":"2020-12","medicalLevel":"1","airFacility":"airfield","helicopters":0,
				 "source":"exercise: the hospital withdrawn"}""";
		assertThat(new ApiClient(port, "facility-viewer", "a-long-enough-password").put(facilities, noSurgery)
			.statusCode()).isEqualTo(403);
		ApiClient.assertProblem(api().put(facilities, noSurgery.replace("\"1\"", "\"7\"")), 400, "medical_level");
		ApiClient.assertProblem(api().put(facilities, noSurgery.replace("2020-12", "1850-01")), 400, "from");
		ApiClient.assertProblem(api().put(facilities, noSurgery.replace("0,", "1000000,")), 400, "helicopters");
		ApiClient.assertProblem(api().put(facilities, noSurgery.replace("exercise: the hospital withdrawn", " ")), 400,
				"source");

		String evaluate = "{\"name\":\"as it was\",\"kind\":\"AS_DEPLOYED\",\"month\":\"2020-12\"}";
		assertThat(ApiClient.ok(api().put(facilities, noSurgery)).get("recorded").findValuesAsString("source"))
			.contains("exercise: the hospital withdrawn");
		JsonNode site = ApiClient.ok(api().get(sites + "?at=2020-12"))
			.valueStream()
			.filter(s -> s.get("id").asLong() == mopti)
			.findFirst()
			.orElseThrow();
		assertThat(site.get("medicalLevel").asString()).isEqualTo("LEVEL_1");
		assertThat(site.get("facilities").get("source").asString()).isEqualTo("exercise: the hospital withdrawn");
		JsonNode without = ApiClient.ok(api().post(BASE + "/evaluate", evaluate));
		assertThat(without.get("measures").get("sitesOutsideCasevac").findValuesAsString("name"))
			.contains("Mopti-Sévaré");
		JsonNode audit = ApiClient.ok(api().get("/api/v1/admin/audit?action=site.facilities"));
		assertThat(audit.toString()).contains("exercise: the hospital withdrawn");

		// Recorded again for the same month: the record is replaced, and reach is back.
		ApiClient.ok(api().put(facilities,
				noSurgery.replace("\"1\"", "\"2\"").replace("exercise: the hospital withdrawn", "exercise over")));
		JsonNode back = ApiClient.ok(api().post(BASE + "/evaluate", evaluate));
		assertThat(back.get("measures").get("sitesOutsideCasevac").findValuesAsString("name"))
			.doesNotContain("Mopti-Sévaré");
	}

	@Test
	void savesAUsersPostureAndReadsItBackAsComputed() throws Exception {
		HttpResponse<String> created = api().post(BASE + "/scenarios", """
				{"name":"Ogossagou TOB","kind":"CUSTOM","month":"2020-12",
				 "tobs":[{"name":"Ogossagou","lon":-3.33,"lat":14.2,"troops":150,"surgery":true}]}""");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode saved = ApiClient.JSON.readTree(created.body());
		long id = saved.get("id").asLong();
		JsonNode result = saved.get("result");
		assertThat(result.get("sites").findValuesAsString("name")).contains("Ogossagou");
		assertThat(result.get("measures").get("troops").asInt()).isEqualTo(19525 + 150);
		JsonNode again = ApiClient.ok(api().get(BASE + "/scenarios/" + id));
		assertThat(again.get("result").get("measures")).isEqualTo(result.get("measures"));
		ApiClient.assertProblem(api().post(BASE + "/scenarios", """
				{"name":"Ogossagou TOB","kind":"AS_DEPLOYED"}"""), 400, "name");
		ApiClient.assertProblem(api().post(BASE + "/scenarios", """
				{"name":"far","kind":"CUSTOM","tobs":[{"name":"Paris","lon":2.35,"lat":48.85}]}"""), 400, "tobs");
		assertThat(api().delete(BASE + "/scenarios/" + id).statusCode()).isEqualTo(204);
		assertThat(api().get(BASE + "/scenarios/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void refusesBadAssumptionsSayingWhy() throws Exception {
		ApiClient.assertProblem(api().post(BASE + "/evaluate", """
				{"name":"x","kind":"AS_DEPLOYED","travel":{"convoyKmh":0,"detourFactor":1.2,"remotenessHours":10}}"""),
				400, "travel");
		ApiClient.assertProblem(api().post(BASE + "/evaluate", """
				{"name":"x","kind":"PLANNED","rules":{"responseMinutes":120,"resupplyKm":100,"companySize":150,
				 "campGarrison":450,"maxTobs":-1,"addedTroops":0}}"""), 400, "rules");
		ApiClient.assertProblem(api().post(BASE + "/evaluate", """
				{"name":"x","kind":"CUSTOM","closedCamps":["Atlantis"]}"""), 400, "closedCamps");
		// Rules given in part: the answer names what is missing.
		HttpResponse<String> partial = api().post(BASE + "/evaluate", """
				{"name":"x","kind":"PLANNED","rules":{"responseMinutes":120}}""");
		assertThat(partial.statusCode()).isEqualTo(400);
		assertThat(partial.body()).contains("resupplyKm");
		assertThat(ApiClient.ok(api().get(BASE + "/scenarios")).size()).isZero();
	}

	@Test
	void refusesPosturesTooLargeToEvaluateQuicklyAndBodiesTooLargeToRead() throws Exception {
		ApiClient.assertProblem(api().post(BASE + "/evaluate", """
				{"name":"x","kind":"PLANNED","rules":{"responseMinutes":120,"resupplyKm":100,"companySize":150,
				 "campGarrison":450,"maxTobs":1000000,"addedTroops":0}}"""), 400, "rules");
		String tob = "{\"name\":\"T\",\"lon\":-4.1,\"lat\":14.5}";
		String many = String.join(",", java.util.Collections.nCopies(201, tob));
		ApiClient.assertProblem(
				api().post(BASE + "/evaluate", "{\"name\":\"x\",\"kind\":\"CUSTOM\",\"tobs\":[" + many + "]}"), 400,
				"tobs");
		String huge = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"kind\":\"AS_DEPLOYED\"}";
		HttpResponse<String> refused = api().post(BASE + "/evaluate", huge);
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("at most 1,048,576");
	}

	private static JsonNode sector(JsonNode measures, String name) {
		for (JsonNode sector : measures.get("sectors")) {
			if (sector.get("sector").asString().equals(name)) {
				return sector;
			}
		}
		throw new AssertionError("no sector " + name);
	}

	private static int tobs(JsonNode scenario) {
		int n = 0;
		for (JsonNode site : scenario.get("sites")) {
			n += site.get("kind").asString().equals("TOB") ? 1 : 0;
		}
		return n;
	}

}
