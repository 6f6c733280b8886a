package org.bluehelmet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.bluehelmet.ApiClient;
import org.bluehelmet.ApiTest;
import org.bluehelmet.TestDatabases;
import org.bluehelmet.audit.AuditVerification;
import org.bluehelmet.audit.Export;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Log-in and accounts through the HTTP API: tokens, throttling, password strength,
 * security headers, and the audit trail of changes and exports.
 */
class SecurityApiTest extends ApiTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditVerification verification;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void afterLoggingInTheBrowserGoesBackToThePageItOpenedNotToWhatWasFetchedMeanwhile() throws Exception {
		java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager())
			.build();
		java.util.function.Function<String, java.net.http.HttpRequest.Builder> at = path -> java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + path));
		HttpResponse<String> page = http.send(
				at.apply("/forcegen.html").header("Sec-Fetch-Mode", "navigate").header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(302);
		// What the offline worker fetches while the log-in form is open.
		http.send(at.apply("/js/nav.js").header("Sec-Fetch-Mode", "same-origin").build(),
				HttpResponse.BodyHandlers.ofString());
		String form = http.send(at.apply("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
			.matcher(form);
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> loggedIn = http.send(at.apply("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers
				.ofString("username=admin&password=" + PASSWORD + "&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(loggedIn.statusCode()).isEqualTo(302);
		assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).contains("/forcegen.html");
	}

	@Test
	void aTokenIsShownOnceStoredHashedAndStopsWorkingWhenRevoked() throws Exception {
		HttpResponse<String> created = api().post("/api/v1/me/tokens", "{\"name\":\"nightly export\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode token = ApiClient.JSON.readTree(created.body());
		String secret = token.get("token").asString();
		assertThat(secret).startsWith("bh_").hasSizeGreaterThan(40);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = ?")
			.param(secret)
			.query(Integer.class)
			.single()).isZero();

		ApiClient script = ApiClient.withToken(port, secret);
		assertThat(ApiClient.ok(script.get("/api/v1/me")).get("username").asString()).isEqualTo("admin");
		assertThat(api().get("/api/v1/me/tokens").body()).contains("nightly export").doesNotContain(secret);

		assertThat(api().delete("/api/v1/me/tokens/" + token.get("id").asLong()).statusCode()).isEqualTo(204);
		ApiClient.assertProblem(script.get("/api/v1/me"), 401, null);
		ApiClient.assertProblem(ApiClient.withToken(port, "bh_made-up").get("/api/v1/me"), 401, null);
		// Refused before any account is known: in the language the request asks for.
		HttpResponse<String> french = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/me"))
				.header("Authorization", "Bearer " + secret)
				.header("Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(french.statusCode()).isEqualTo(401);
		assertThat(french.body()).contains("Non authentifié", "le jeton n'est pas valide ou a été révoqué");
	}

	@Test
	void slowsLogInsAfterFiveFailuresForAnAccountFromOneAddressEvenWithTheRightPassword() throws Exception {
		String name = "guessed-" + UUID.randomUUID().toString().substring(0, 6);
		createAccount(name, "a-long-enough-password", "VIEWER");
		ApiClient wrong = new ApiClient(port, name, "not-the-password");
		for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
			assertThat(wrong.get("/api/v1/me").statusCode()).isEqualTo(401);
		}
		HttpResponse<String> refused = new ApiClient(port, name, "a-long-enough-password").get("/api/v1/me");
		ApiClient.assertProblem(refused, 429, null);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("too many failed log-ins");
		// Another account from the same address is not held back by this one's failures.
		assertThat(api().get("/api/v1/me").statusCode()).isEqualTo(200);
	}

	@Test
	void refusesWeakPasswordsAndBadAccounts() throws Exception {
		ApiClient.assertProblem(createAccount("shorty", "short", "VIEWER"), 400, "password");
		ApiClient.assertProblem(createAccount("sergeant", "password1234", "VIEWER"), 400, "password");
		ApiClient.assertProblem(createAccount("captain-kone", "captain-kone-2020", "VIEWER"), 400, "password");
		ApiClient.assertProblem(createAccount("Bad Name!", "a-long-enough-password", "VIEWER"), 400, "username");
		ApiClient.assertProblem(createAccount("nobody", "a-long-enough-password", "GENERAL"), 400, null);
		HttpResponse<String> unknownMission = api().post("/api/v1/admin/users", """
				{"username":"lost","password":"a-long-enough-password","roles":["VIEWER"],"missions":["unmiss"]}""");
		ApiClient.assertProblem(unknownMission, 400, "missions");
	}

	@Test
	void anAccountCreatedByAnAdministratorLogsInWithItsRolesAndMissions() throws Exception {
		HttpResponse<String> created = createAccount("analyst-diallo", "wind-over-the-niger-bend", "ANALYST");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.body()).doesNotContain("wind-over").doesNotContain("argon2");
		JsonNode me = ApiClient.ok(new ApiClient(port, "analyst-diallo", "wind-over-the-niger-bend").get("/api/v1/me"));
		assertThat(me.get("roles").toString()).isEqualTo("[\"ANALYST\"]");
		assertThat(me.get("missions").toString()).isEqualTo("[\"minusma\"]");
		assertThat(jdbc.sql("SELECT password_hash FROM account WHERE username = 'analyst-diallo'")
			.query(String.class)
			.single()).startsWith("{argon2@SpringSecurity_v5_8}");
		ApiClient.assertProblem(createAccount("analyst-diallo", "wind-over-the-niger-bend", "ANALYST"), 409, null);
	}

	@Test
	void refusesTheSecondOfTwoChangesToTheSameAccountVersion() throws Exception {
		createAccount("planner-traore", "a-long-enough-password", "PLANNER");
		String change = "{\"version\":0,\"roles\":[\"PLANNER\",\"ANALYST\"]}";
		assertThat(api().patch("/api/v1/admin/users/planner-traore", change).statusCode()).isEqualTo(200);
		ApiClient.assertProblem(api().patch("/api/v1/admin/users/planner-traore", change), 409, null);
	}

	@Test
	void sendsSecurityHeadersWithEveryPage() throws Exception {
		for (String path : new String[] { "/", "/api/v1/me", "/login" }) {
			HttpResponse<String> page = path.equals("/login") ? new ApiClient(port, "admin", null).get(path)
					: api().get(path);
			assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
				.contains(WebSecurityConfiguration.CONTENT_SECURITY_POLICY);
			assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
			assertThat(page.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
			assertThat(page.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
		}
	}

	/** A slow link (a field post) gets text compressed, when the browser accepts it. */
	@Test
	void compressesTextForBrowsersThatAcceptIt() throws Exception {
		java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
		java.net.http.HttpResponse<byte[]> css = client.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + "/css/bluehelmet.css"))
			.header("Accept-Encoding", "gzip")
			.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Encoding")).contains("gzip");
		String text = new String(
				new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(css.body())).readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).contains("@media (max-width: 900px)");
		assertThat(css.body().length).isLessThan(text.length() / 2);
		// The pages' words too, though tagged (a strong tag would stop Tomcat
		// compressing).
		java.net.http.HttpResponse<byte[]> words = client.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + "/i18n/messages.js"))
			.header("Accept-Encoding", "gzip")
			.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(words.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(words.headers().firstValue("ETag")).hasValueSatisfying(tag -> assertThat(tag).startsWith("W/"));
	}

	/**
	 * A slow link asks again for a script it already has and gets a few bytes (304), not
	 * the file, and the file whenever its content differs; the API's answers are never
	 * kept by the browser's cache.
	 */
	@Test
	void scriptsAndStylesAreRevalidatedNotDownloadedAgainAndAnswersAreNotKept() throws Exception {
		ApiClient admin = api();
		for (String path : java.util.List.of("/css/bluehelmet.css", "/js/api.js",
				"/webjars/leaflet/1.9.4/dist/leaflet.js")) {
			HttpResponse<String> first = admin.get(path);
			assertThat(first.statusCode()).as(path).isEqualTo(200);
			assertThat(first.headers().firstValue("Cache-Control")).as(path).contains("no-cache, private");
			String tag = first.headers().firstValue("ETag").orElseThrow();
			HttpResponse<String> again = admin.get(path, "If-None-Match", tag);
			assertThat(again.statusCode()).as(path).isEqualTo(304);
			assertThat(again.body()).as(path).isEmpty();
			// Told by content, not by time: a browser holding a copy "newer" than the
			// server's files (an older version put back) gets the server's.
			assertThat(admin.get(path, "If-Modified-Since", "Fri, 01 Jan 2100 00:00:00 GMT").statusCode()).as(path)
				.isEqualTo(200);
			assertThat(admin.get(path, "If-None-Match", "\"another\"").statusCode()).as(path).isEqualTo(200);
		}
		// The pages' words: tagged by their content, which the language chosen changes.
		HttpResponse<String> words = admin.get("/i18n/messages.js");
		String tag = words.headers().firstValue("ETag").orElseThrow();
		assertThat(admin.get("/i18n/messages.js", "If-None-Match", tag).statusCode()).isEqualTo(304);
		HttpResponse<String> french = admin.withLanguage("fr").get("/i18n/messages.js", "If-None-Match", tag);
		assertThat(french.statusCode()).isEqualTo(200);
		assertThat(french.body()).contains("window.BH_LANG = \"fr\"");
		assertThat(admin.get("/api/v1/missions").headers().firstValue("Cache-Control"))
			.hasValueSatisfying(value -> assertThat(value).contains("no-store"));
	}

	/**
	 * A page's request with no session (expired, logged out, the account disabled) gets a
	 * bare 401 the page can act on; a script's gets HTTP Basic's challenge, which in a
	 * browser would hold the request behind the browser's own password dialog.
	 */
	@Test
	void aPagesRequestWithoutASessionGetsABare401() throws Exception {
		java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
		java.net.http.HttpRequest.Builder csrf = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/csrf"))
			.header("Accept", "application/json");
		java.net.http.HttpResponse<String> fromPage = client.send(
				csrf.copy().header("X-Requested-With", "XMLHttpRequest").build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(fromPage.statusCode()).isEqualTo(401);
		assertThat(fromPage.headers().firstValue("WWW-Authenticate")).isEmpty();
		java.net.http.HttpResponse<String> fromScript = client.send(csrf.build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(fromScript.statusCode()).isEqualTo(401);
		assertThat(fromScript.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> v.startsWith("Basic"));
	}

	@Test
	void auditsChangesWithBeforeAndAfterAndExportsWithTheirQuery() throws Exception {
		HttpResponse<String> created = api().post("/api/v1/missions/minusma/incidents", """
				{"source":"JOC","sourceId":"%s","occurredOn":"2021-03-01","timePrecision":"DAY",
				 "position":{"lon":-3.9,"lat":14.2},"positionPrecision":"NEAR","category":"EXPLOSIVE_DEVICE",
				 "target":"UN","description":"IED strike on a convoy"}""".formatted(UUID.randomUUID()));
		long id = ApiClient.JSON.readTree(created.body()).get("id").asLong();
		api().patch("/api/v1/missions/minusma/incidents/" + id, "{\"version\":0,\"priority\":\"HIGH\"}");
		api().get("/api/v1/missions/minusma/incidents.csv?category=EXPLOSIVE_DEVICE");

		JsonNode entries = ApiClient.ok(api().get("/api/v1/admin/audit?limit=3"));
		assertThat(entries.get(0).get("action").asString()).isEqualTo("export");
		assertThat(entries.get(0).get("after").asString()).contains("category=EXPLOSIVE_DEVICE");
		JsonNode update = entries.get(1);
		assertThat(update.get("action").asString()).isEqualTo("incident.update");
		assertThat(update.get("username").asString()).isEqualTo("admin");
		assertThat(update.get("before").asString()).contains("\"priority\":\"MEDIUM\"");
		assertThat(update.get("after").asString()).contains("\"priority\":\"HIGH\"");
		assertThat(entries.get(2).get("action").asString()).isEqualTo("incident.create");
		assertThat(verification.verify().intact()).isTrue();
		assertThat(ApiClient.ok(api().get("/api/v1/admin/audit/verification")).get("intact").asBoolean()).isTrue();
	}

	@Test
	void auditsEveryExportWhateverTheSpellingOfItsAddress() throws Exception {
		HttpResponse<String> csv = api().get("/api/v1/missions/minusma/incidents.cs%76?category=EXPLOSIVE_DEVICE");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).startsWith("id,");
		assertThat(lastAudit().get("action").asString()).isEqualTo("export");
		assertThat(lastAudit().get("after").asString()).contains("incidents.cs%76");

		assertThat(api().get("/api/v1/missions/minusma/reports/monthly.html?month=2020-12").statusCode())
			.isEqualTo(200);
		assertThat(lastAudit().get("after").asString()).contains("monthly.html").contains("month=2020-12");

		long incident = jdbc.sql("SELECT MIN(id) FROM incident WHERE mission_id = 'minusma'")
			.query(Long.class)
			.single();
		assertThat(api().get("/ogc/collections/minusma-incidents/items/" + incident).statusCode()).isEqualTo(200);
		assertThat(lastAudit().get("after").asString()).contains("/items/" + incident);
		assertThat(lastAudit().get("missionId").isNull() ? null : lastAudit().get("missionId").asString())
			.isEqualTo("minusma");
	}

	@Test
	void csvExportsNeutraliseSpreadsheetFormulasAndKeepTheHxlRow() throws Exception {
		HttpResponse<String> created = api().post("/api/v1/missions/minusma/incidents", """
				{"source":"JOC","sourceId":"%s","occurredOn":"2021-03-02","timePrecision":"DAY",
				 "position":{"lon":-3.9,"lat":14.2},"positionPrecision":"NEAR","category":"EXPLOSIVE_DEVICE",
				 "target":"UN","locationName":"@SUM(1+9)*cmd|' /C calc'!A0",
				 "description":"=HYPERLINK(\\"http://evil.example\\",\\"open\\")"}""".formatted(UUID.randomUUID()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String csv = api().get("/api/v1/missions/minusma/incidents.csv?from=2021-03-02&to=2021-03-02").body();
		assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("\"#event+id\"");
		assertThat(csv).contains("'=HYPERLINK")
			.contains("'@SUM(1+9)")
			.doesNotContain(",=HYPERLINK")
			.doesNotContain(",\"=HYPERLINK")
			.doesNotContain(",@SUM");
	}

	@Test
	void everyHandlerThatServesAFileIsAnExport() {
		mappings.getHandlerMethods().forEach((info, method) -> {
			for (String pattern : info.getPatternValues()) {
				if (pattern.matches("/api/.*\\.(csv|geojson|cap|pdf|html)$") || pattern.matches("/ogc/.*/items.*")) {
					assertThat(method.hasMethodAnnotation(Export.class)).as(pattern).isTrue();
				}
			}
		});
	}

	private JsonNode lastAudit() throws Exception {
		return ApiClient.ok(api().get("/api/v1/admin/audit?limit=1")).get(0);
	}

	@Test
	void showsPersonalDataOnlyToRolesAllowedToSeeItInTheApiAndExports() throws Exception {
		createAccount("viewer-sow", "a-long-enough-password", "VIEWER");
		createAccount("analyst-keita", "a-long-enough-password", "ANALYST");
		ApiClient viewer = new ApiClient(port, "viewer-sow", "a-long-enough-password");
		ApiClient analyst = new ApiClient(port, "analyst-keita", "a-long-enough-password");
		HttpResponse<String> created = api().post("/api/v1/missions/minusma/incidents", """
				{"source":"Mopti JOC","sourceId":"%s","occurredOn":"2021-02-14","timePrecision":"DAY",
				 "position":{"lon":-3.9,"lat":14.3},"positionPrecision":"NEAR","category":"ATTACK_ON_CIVILIANS",
				 "target":"CIVILIANS","description":"Village attacked at dawn",
				 "personal":{"victims":"Amadou D.","witnesses":"the village chief","informants":"a herder",
				   "restrictedNotes":"Informant at risk"}}""".formatted(UUID.randomUUID()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		// The system administrator runs the installation; it does not read victims'
		// names.
		assertThat(created.body()).doesNotContain("Amadou");
		String path = "/api/v1/missions/minusma/incidents/"
				+ ApiClient.JSON.readTree(created.body()).get("id").asLong();

		assertThat(ApiClient.ok(analyst.get(path)).get("personal").get("victims").asString()).isEqualTo("Amadou D.");
		JsonNode seenByViewer = ApiClient.ok(viewer.get(path));
		assertThat(seenByViewer.get("description").asString()).isEqualTo("Village attacked at dawn");
		assertThat(seenByViewer.toString()).doesNotContain("Amadou").doesNotContain("herder");
		String list = "/api/v1/missions/minusma/incidents?from=2021-02-14&to=2021-02-14";
		assertThat(viewer.get(list).body()).doesNotContain("Amadou");
		assertThat(analyst.get(list).body()).contains("Amadou");
		String csv = "/api/v1/missions/minusma/incidents.csv?from=2021-02-14&to=2021-02-14";
		assertThat(viewer.get(csv).body()).contains("Village attacked")
			.doesNotContain("Amadou")
			.doesNotContain("victims");
		assertThat(analyst.get(csv).body()).contains("Amadou D.").contains("#affected+name");
		assertThat(viewer.get("/api/v1/missions/minusma/incidents.geojson?from=2021-02-14&to=2021-02-14").body())
			.doesNotContain("Amadou");
		assertThat(analyst.get("/ogc/collections/minusma-incidents/items?datetime=2021-02-14").body())
			.contains("Village attacked")
			.doesNotContain("Amadou");
		// The audit log keeps the record whole, but shows it whole only to those allowed.
		assertThat(api().get("/api/v1/admin/audit?action=incident.create").body()).contains("Village attacked")
			.contains("\\\"personal\\\":\\\"withheld\\\"")
			.doesNotContain("Amadou");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE after_json LIKE '%Amadou%'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private HttpResponse<String> createAccount(String name, String password, String role) throws Exception {
		return api().post("/api/v1/admin/users", """
				{"username":"%s","password":"%s","roles":["%s"],"missions":["minusma"]}""".formatted(name, password,
				role));
	}

}
