package org.bluehelmet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import java.util.List;

import org.bluehelmet.ApiClient;
import org.bluehelmet.ApiTest;
import org.bluehelmet.BrowserSession;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Sessions and tokens follow the stored account at every request: what an administrator
 * changes applies at once to those already logged in (issue 14, finding 1).
 */
class AccountSessionsTest extends ApiTest {

	private static final String PASSWORD = "a-long-enough-password";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Test
	void aDisabledAccountsSessionEndsAtItsNextRequest() throws Exception {
		int version = create("officer-disabled", "MISSION_ADMINISTRATOR");
		BrowserSession session = BrowserSession.logIn(port, "officer-disabled", PASSWORD);
		assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(200);

		patch("officer-disabled", "{\"version\":%d,\"enabled\":false}".formatted(version));

		assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(401);
		assertThat(session.send("POST", "/api/v1/admin/users", newAccount("made-by-ghost")).statusCode()).isIn(401,
				403);
		assertThat(api().get("/api/v1/admin/users/made-by-ghost").statusCode()).isEqualTo(404);
	}

	@Test
	void aPagesFirstRequestsAtOnceAllAnswerAndShareOneSession() throws Exception {
		create("officer-many-tabs", "VIEWER");
		for (int round = 0; round < 5; round++) {
			BrowserSession session = BrowserSession.logIn(port, "officer-many-tabs", PASSWORD);
			// A page's scripts ask for the CSRF token and their data at once: each
			// request
			// may add the same attribute to the session stored in the database.
			List<java.util.concurrent.CompletableFuture<Integer>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 12; i++) {
				String path = i % 2 == 0 ? "/api/v1/csrf" : "/api/v1/me";
				answers.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
					try {
						return session.get(path).statusCode();
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				}));
			}
			assertThat(answers.stream().map(java.util.concurrent.CompletableFuture::join)).containsOnly(200);
		}
	}

	@Test
	void aDemotedAccountLosesItsRightsInSessionsAndTokensAtOnce() throws Exception {
		int version = create("admin-demoted", "MISSION_ADMINISTRATOR");
		BrowserSession session = BrowserSession.logIn(port, "admin-demoted", PASSWORD);
		String token = token(session);
		assertThat(session.send("POST", "/api/v1/admin/users", newAccount("made-before")).statusCode()).isEqualTo(201);

		patch("admin-demoted", "{\"version\":%d,\"roles\":[\"VIEWER\"]}".formatted(version));

		assertThat(session.send("POST", "/api/v1/admin/users", newAccount("made-after")).statusCode()).isEqualTo(403);
		assertThat(ApiClient.withToken(port, token).get("/api/v1/admin/users").statusCode()).isEqualTo(403);
		assertThat(ApiClient.ok(session.get("/api/v1/me")).get("roles").toString()).isEqualTo("[\"VIEWER\"]");
		assertThat(ApiClient.ok(ApiClient.withToken(port, token).get("/api/v1/me")).get("personalData").asBoolean())
			.isFalse();
	}

	@Test
	void aPasswordChangeEndsEverySessionAndRevokesEveryToken() throws Exception {
		int version = create("analyst-reset", "ANALYST");
		BrowserSession session = BrowserSession.logIn(port, "analyst-reset", PASSWORD);
		String token = token(session);

		patch("analyst-reset", "{\"version\":%d,\"password\":\"another-long-password\"}".formatted(version));

		assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(401);
		ApiClient.assertProblem(ApiClient.withToken(port, token).get("/api/v1/me"), 401, null);
		assertThat(new ApiClient(port, "analyst-reset", "another-long-password").get("/api/v1/me").statusCode())
			.isEqualTo(200);
	}

	/**
	 * A script's password sent with every request is checked against its hash once and
	 * then remembered ({@link VerifiedPasswords}); what an administrator changes still
	 * applies at the next request.
	 */
	@Test
	void aRememberedPasswordIsForgottenWhenItChangesAndADisabledAccountIsRefusedAtOnce() throws Exception {
		int version = create("script-basic", "ANALYST");
		ApiClient script = new ApiClient(port, "script-basic", PASSWORD);
		for (int i = 0; i < 3; i++) {
			assertThat(script.get("/api/v1/me").statusCode()).isEqualTo(200);
		}
		patch("script-basic", "{\"version\":%d,\"password\":\"another-long-password\"}".formatted(version));
		assertThat(script.get("/api/v1/me").statusCode()).isEqualTo(401);
		ApiClient renewed = new ApiClient(port, "script-basic", "another-long-password");
		assertThat(renewed.get("/api/v1/me").statusCode()).isEqualTo(200);

		patch("script-basic", "{\"version\":%d,\"enabled\":false}".formatted(version + 1));
		assertThat(renewed.get("/api/v1/me").statusCode()).isEqualTo(401);
	}

	@Test
	void tokensDoNotCreateTokensNorChangePasswords() throws Exception {
		create("script-owner", "ANALYST");
		String token = token(BrowserSession.logIn(port, "script-owner", PASSWORD));
		ApiClient script = ApiClient.withToken(port, token);
		ApiClient.assertProblem(script.post("/api/v1/me/tokens", "{\"name\":\"child\"}"), 403, null);
		ApiClient.assertProblem(
				script.put("/api/v1/me/password",
						"{\"currentPassword\":\"%s\",\"newPassword\":\"taken-over-password\"}".formatted(PASSWORD)),
				403, null);
	}

	@Test
	void administratorsListAndEndAnotherAccountsSessionsAndRevokeItsTokens() throws Exception {
		create("planner-watched", "PLANNER");
		BrowserSession session = BrowserSession.logIn(port, "planner-watched", PASSWORD);
		String token = token(session);
		JsonNode sessions = ApiClient.ok(api().get("/api/v1/admin/users/planner-watched/sessions"));
		assertThat(sessions.size()).isEqualTo(1);
		assertThat(sessions.get(0).get("id").asString()).hasSize(16);

		assertThat(api().delete("/api/v1/admin/users/planner-watched/sessions").statusCode()).isEqualTo(204);
		assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(401);
		assertThat(ApiClient.ok(api().get("/api/v1/admin/users/planner-watched/sessions")).size()).isZero();

		JsonNode tokens = ApiClient.ok(api().get("/api/v1/admin/users/planner-watched/tokens"));
		assertThat(tokens.size()).isEqualTo(1);
		assertThat(ApiClient.ok(ApiClient.withToken(port, token).get("/api/v1/me")).get("username").asString())
			.isEqualTo("planner-watched");
		assertThat(api().delete("/api/v1/admin/users/planner-watched/tokens/" + tokens.get(0).get("id").asLong())
			.statusCode()).isEqualTo(204);
		ApiClient.assertProblem(ApiClient.withToken(port, token).get("/api/v1/me"), 401, null);
	}

	@Test
	void onlySystemAdministratorsOrTheAccountItselfChangeAPassword() throws Exception {
		create("mission-admin-a", "MISSION_ADMINISTRATOR");
		int peerVersion = create("mission-admin-b", "MISSION_ADMINISTRATOR");
		ApiClient peer = new ApiClient(port, "mission-admin-a", PASSWORD);
		HttpResponse<String> refused = peer.patch("/api/v1/admin/users/mission-admin-b",
				"{\"version\":%d,\"password\":\"i-am-you-now-password\"}".formatted(peerVersion));
		ApiClient.assertProblem(refused, 403, null);
		assertThat(new ApiClient(port, "mission-admin-b", "i-am-you-now-password").get("/api/v1/me").statusCode())
			.isEqualTo(401);

		BrowserSession own = BrowserSession.logIn(port, "mission-admin-b", PASSWORD);
		BrowserSession other = BrowserSession.logIn(port, "mission-admin-b", PASSWORD);
		HttpResponse<String> changed = own.send("PUT", "/api/v1/me/password",
				"{\"currentPassword\":\"%s\",\"newPassword\":\"my-own-new-password\"}".formatted(PASSWORD));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
		assertThat(own.get("/api/v1/me").statusCode()).isEqualTo(200);
		assertThat(other.get("/api/v1/me").statusCode()).isEqualTo(401);
		ApiClient.assertProblem(
				own.send("PUT", "/api/v1/me/password",
						"{\"currentPassword\":\"wrong\",\"newPassword\":\"my-other-new-password\"}"),
				400, "currentPassword");
	}

	@Test
	void theSessionCookieIsNotSentWithRequestsOtherSitesStart() throws Exception {
		BrowserSession session = BrowserSession.logIn(port, "admin", ApiTest.PASSWORD);
		assertThat(session.logInResponse().headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").containsIgnoringCase("SameSite=Lax"));
	}

	@Test
	void readinessSaysWhenTheServerIsReadyWithoutAnAccount() throws Exception {
		HttpResponse<String> ready = new ApiClient(port, "nobody", null).get("/actuator/health/readiness");
		assertThat(ready.statusCode()).isEqualTo(200);
		assertThat(ready.body()).contains("UP");
	}

	@Test
	void scriptsMakeNoSessions() throws Exception {
		assertThat(api().get("/api/v1/me").headers().allValues("Set-Cookie")).isEmpty();
		create("script-no-session", "VIEWER");
		String token = token(BrowserSession.logIn(port, "script-no-session", PASSWORD));
		assertThat(ApiClient.withToken(port, token).get("/api/v1/me").headers().allValues("Set-Cookie")).isEmpty();
		assertThat(ApiClient.ok(api().get("/api/v1/admin/users/script-no-session/sessions")).size()).isEqualTo(1);
	}

	@Test
	void theErrorPathAskedForDirectlyIsNotFoundNotAServerError() throws Exception {
		assertThat(new ApiClient(port, "nobody", null).get("/error").statusCode()).isEqualTo(404);
		assertThat(api().get("/error").statusCode()).isEqualTo(404);
		// Real errors still render: an unknown path is a 404 problem.
		ApiClient.assertProblem(api().get("/api/v1/no-such-thing"), 404, null);
	}

	private int create(String username, String role) throws Exception {
		HttpResponse<String> created = api().post("/api/v1/admin/users", """
				{"username":"%s","password":"%s","roles":["%s"],"missions":["minusma"]}""".formatted(username, PASSWORD,
				role));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return ApiClient.JSON.readTree(created.body()).get("version").asInt();
	}

	private void patch(String username, String change) throws Exception {
		HttpResponse<String> patched = api().patch("/api/v1/admin/users/" + username, change);
		assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
	}

	private static String newAccount(String username) {
		return """
				{"username":"%s","password":"%s","roles":["VIEWER"],"missions":["minusma"]}""".formatted(username,
				PASSWORD);
	}

	private static String token(BrowserSession session) throws Exception {
		HttpResponse<String> created = session.send("POST", "/api/v1/me/tokens", "{\"name\":\"script\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return ApiClient.JSON.readTree(created.body()).get("token").asString();
	}

}
