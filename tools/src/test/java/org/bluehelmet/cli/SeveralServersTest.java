package org.bluehelmet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;

import org.bluehelmet.ApiClient;
import org.bluehelmet.BrowserSession;
import org.bluehelmet.DemoPacks;
import org.bluehelmet.ServerProcess;
import org.bluehelmet.TestDatabases;
import org.bluehelmet.geo.Position;
import org.bluehelmet.geo.PrioGrid;
import org.bluehelmet.system.JobQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Two Blue Helmet servers on one PostgreSQL database behind a real load balancer
 * (HAProxy, round robin), as a headquarters would run them: what a user does through one
 * server holds on the other. The servers start together on an empty database (one loads
 * the demo missions and makes the first account; the other waits and finds them).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralServersTest {

	private static final String PASSWORD = "several-servers-password";

	/** Rows of the file imported while a server is killed. */
	private static final long ROWS = 50_000;

	/** How soon a change made through one server must show on the other. */
	private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(1);

	@TempDir
	static Path folder;

	private ServerProcess one;

	private ServerProcess two;

	private LoadBalancer balancer;

	private List<String> database;

	@BeforeAll
	void startTwoServersBehindHaproxy() throws Exception {
		database = List.of("--db", TestDatabases.freshPostgres("bluehelmet_nodes"), "--db-user", "postgres");
		CompletableFuture<ServerProcess> first = started(
				() -> ServerProcess.start(folder.resolve("node1.log"), PASSWORD, database));
		CompletableFuture<ServerProcess> second = started(
				() -> ServerProcess.start(folder.resolve("node2.log"), PASSWORD, database));
		one = first.join();
		two = second.join();
		balancer = LoadBalancer.start(folder, List.of(one.port(), two.port()));
	}

	@AfterAll
	void stop() throws Exception {
		for (AutoCloseable running : new AutoCloseable[] { balancer, one, two }) {
			if (running != null) {
				running.close();
			}
		}
	}

	@Test
	void theDemoMissionsAndTheFirstAccountAreThereOnceThoughBothServersStartedOnAnEmptyDatabase() throws Exception {
		JsonNode missions = ApiClient.ok(new ApiClient(two.port(), "admin", PASSWORD).get("/api/v1/missions"));
		assertThat(missions.size()).isEqualTo(2);
		JsonNode users = ApiClient.ok(new ApiClient(one.port(), "admin", PASSWORD).get("/api/v1/admin/users"));
		assertThat(users.findValuesAsString("username")).containsOnlyOnce("admin");
	}

	@Test
	void aSessionLoggedInThroughOneServerWorksThroughTheOtherUntilAnAdministratorEndsIt() throws Exception {
		createAccount("planner-two-nodes");
		BrowserSession session = BrowserSession.logIn(balancer.port(), "planner-two-nodes", PASSWORD);
		Set<String> answeredBy = new HashSet<>();
		for (int i = 0; i < 6; i++) {
			HttpResponse<String> me = session.get("/api/v1/me");
			assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
			answeredBy.add(me.headers().firstValue(LoadBalancer.NODE_HEADER).orElseThrow());
		}
		assertThat(answeredBy).containsExactlyInAnyOrder("node1", "node2");

		HttpResponse<String> ended = new ApiClient(one.port(), "admin", PASSWORD)
			.delete("/api/v1/admin/users/planner-two-nodes/sessions");
		assertThat(ended.statusCode()).as(ended.body()).isEqualTo(204);
		for (int i = 0; i < 2; i++) {
			assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(401);
		}
	}

	@Test
	void aReportAskedForThroughOneServerIsFollowedAndFetchedThroughTheOther() throws Exception {
		HttpResponse<String> started = new ApiClient(one.port(), "admin", PASSWORD)
			.post("/api/v1/missions/minusca/reports/jobs?format=csv&month=2020-10", "");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		String path = "/api/v1/missions/minusca/reports/jobs/"
				+ ApiClient.JSON.readTree(started.body()).get("id").asString();
		ApiClient onTwo = new ApiClient(two.port(), "admin", PASSWORD);
		JsonNode job = ApiClient.ok(onTwo.get(path));
		for (int i = 0; i < 600 && !job.get("state").asString().equals("DONE"); i++) {
			Thread.sleep(100);
			job = ApiClient.ok(onTwo.get(path));
		}
		HttpResponse<String> annex = onTwo.get(path + "/file");
		assertThat(annex.statusCode()).as(annex.body()).isEqualTo(200);
		assertThat(annex.body()).contains("2020-10");
	}

	@Test
	void anAccountDisabledThroughOneServerIsRefusedByTheOtherAtOnce() throws Exception {
		int version = createAccount("officer-two-nodes");
		ApiClient onTwo = new ApiClient(two.port(), "officer-two-nodes", PASSWORD);
		assertThat(onTwo.get("/api/v1/me").statusCode()).isEqualTo(200);
		BrowserSession sessionOnTwo = BrowserSession.logIn(two.port(), "officer-two-nodes", PASSWORD);
		assertThat(sessionOnTwo.get("/api/v1/me").statusCode()).isEqualTo(200);

		HttpResponse<String> disabled = new ApiClient(one.port(), "admin", PASSWORD)
			.patch("/api/v1/admin/users/officer-two-nodes", "{\"version\":%d,\"enabled\":false}".formatted(version));
		assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);

		assertThat(onTwo.get("/api/v1/me").statusCode()).isEqualTo(401);
		assertThat(sessionOnTwo.get("/api/v1/me").statusCode()).isEqualTo(401);
	}

	@Test
	void anIncidentStoredThroughOneServerShowsInTheOthersCountsMapAndForecastWithinASecond() throws Exception {
		ApiClient onOne = new ApiClient(one.port(), "admin", PASSWORD);
		// Read through a session: HTTP Basic hashes the password at every request
		// (Argon2,
		// 150–250 ms on this test's small servers), which would be measured instead.
		Reader onTwo = BrowserSession.logIn(two.port(), "admin", PASSWORD)::get;
		Position where = new Position(-3.9, 14.2);
		int gid = PrioGrid.gidOf(where);
		String month = "from=2021-06-01&to=2021-06-30";
		long total = total(onTwo);
		long inCell = cellIncidents(onTwo, gid, month);
		int pastAttacks = pastAttacks(onTwo, gid);

		HttpResponse<String> created = onOne.post("/api/v1/missions/minusma/incidents", """
				{"source":"JOC","sourceId":"%s","occurredOn":"2021-06-15","timePrecision":"DAY",
				 "position":{"lon":%s,"lat":%s},"positionPrecision":"NEAR","category":"ATTACK_ON_CIVILIANS",
				 "target":"CIVILIANS","casualties":{"killedCivilians":2},"description":"Village attacked at dawn"}"""
			.formatted(UUID.randomUUID(), where.lon(), where.lat()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long storedAt = System.nanoTime();
		Duration counted = waitUntil(storedAt, () -> total(onTwo) == total + 1);
		Duration mapped = waitUntil(storedAt, () -> cellIncidents(onTwo, gid, month) == inCell + 1);
		System.out.printf("Seen by the other server: in its counts after %d ms, on its map after %d ms%n",
				counted.toMillis(), mapped.toMillis());
		assertThat(counted).isLessThan(VISIBLE_WITHIN);
		assertThat(mapped).isLessThan(VISIBLE_WITHIN);
		// The forecast is computed again from the stored incidents (training takes
		// seconds):
		// its cell's past shows the attack at the first request after the change.
		assertThat(pastAttacks(onTwo, gid)).isEqualTo(pastAttacks + 1);
	}

	/** Last: it leaves one server. */
	@Test
	@Order(Integer.MAX_VALUE)
	void aServerKilledMidImportLeavesTheJobInterruptedNothingStoredAndTheOtherAnswering() throws Exception {
		Path file = folder.resolve("large.csv");
		UcdpBenchmarkFile.write(DemoPacks.file("minusma", "incidents-ucdp.csv"), file, ROWS);
		ApiClient viaBalancer = new ApiClient(balancer.port(), "admin", PASSWORD);
		long before = total(BrowserSession.logIn(one.port(), "admin", PASSWORD)::get);
		HttpResponse<String> queued = viaBalancer.upload("/api/v1/missions/minusma/incidents/imports?wait=false",
				Files.readAllBytes(file), "large.csv");
		assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
		String job = queued.headers().firstValue("Location").orElseThrow();
		String jobId = job.substring(job.lastIndexOf('/') + 1);
		ApiClient onOne = new ApiClient(one.port(), "admin", PASSWORD);
		waitUntil(System.nanoTime(), () -> ApiClient.ok(onOne.get(job)).get("rowsRead").asLong() >= ROWS / 5,
				Duration.ofMinutes(2));
		ServerProcess running = Files.readString(folder.resolve("node1.log")).contains("Job " + jobId) ? one : two;
		ServerProcess survivor = running == one ? two : one;
		running.kill();
		long killedAt = System.nanoTime();

		ApiClient onSurvivor = new ApiClient(survivor.port(), "admin", PASSWORD);
		Duration noticed = waitUntil(killedAt,
				() -> !ApiClient.ok(onSurvivor.get(job)).get("state").asString().equals("RUNNING"),
				Duration.ofSeconds(60));
		JsonNode ended = ApiClient.ok(onSurvivor.get(job));
		System.out.printf("The killed server's import was marked %s by the other %d s later%n",
				ended.get("state").asString(), noticed.toSeconds());
		assertThat(ended.get("state").asString()).isEqualTo("INTERRUPTED");
		assertThat(ended.get("error").asString()).contains("nothing of it was stored");
		assertThat(noticed).isLessThan(JobQueue.SILENCE.plusSeconds(5));
		assertThat(total(BrowserSession.logIn(survivor.port(), "admin", PASSWORD)::get)).isEqualTo(before);
		// The import the killed server left RUNNING is found abandoned (its lock is free)
		// and marked so.
		JsonNode interrupted = ApiClient
			.ok(onSurvivor.get("/api/v1/admin/audit?action=incident.import.interrupted&limit=5"));
		assertThat(interrupted.size()).isEqualTo(1);
		assertThat(interrupted.get(0).get("after").asString()).contains("large.csv");
		for (int i = 0; i < 4; i++) {
			assertThat(viaBalancer.get("/api/v1/me").statusCode()).isEqualTo(200);
		}
		Console console = new Console();
		assertThat(console.run("check", "--db", database.get(1), "--db-user", "postgres")).as(console.err()).isZero();
	}

	private int createAccount(String username) throws Exception {
		HttpResponse<String> created = new ApiClient(one.port(), "admin", PASSWORD).post("/api/v1/admin/users", """
				{"username":"%s","password":"%s","roles":["MISSION_ADMINISTRATOR"],"missions":["minusma"]}"""
			.formatted(username, PASSWORD));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return ApiClient.JSON.readTree(created.body()).get("version").asInt();
	}

	private static long total(Reader api) throws Exception {
		return ApiClient.ok(api.get("/api/v1/missions/minusma/incidents?size=1")).get("total").asLong();
	}

	private static long cellIncidents(Reader api, int gid, String period) throws Exception {
		for (JsonNode cell : ApiClient.ok(api.get("/api/v1/missions/minusma/incidents/cells?" + period))) {
			if (cell.get("gid").asInt() == gid) {
				return cell.get("incidents").asLong();
			}
		}
		return 0;
	}

	/** Attacks on civilians in June 2021 in the cell's past, as its forecast shows it. */
	private static int pastAttacks(Reader api, int gid) throws Exception {
		JsonNode outlook = ApiClient.ok(api.get("/api/v1/missions/minusma/warning/cells/" + gid + "?origin=2021-12"));
		for (JsonNode month : outlook.get("history")) {
			if (month.get("month").asString().equals("2021-06")) {
				return month.get("attacks").asInt();
			}
		}
		throw new AssertionError("no June 2021 in the cell's past: " + outlook);
	}

	/** What reads from a server: an API client or a browser's session. */
	private interface Reader {

		HttpResponse<String> get(String path) throws Exception;

	}

	private interface Check {

		boolean holds() throws Exception;

	}

	/**
	 * How long after {@code start} (nano time) the check holds; fails after
	 * {@link #VISIBLE_WITHIN} × 5.
	 */
	private static Duration waitUntil(long start, Check check) throws Exception {
		return waitUntil(start, check, VISIBLE_WITHIN.multipliedBy(5));
	}

	private static Duration waitUntil(long start, Check check, Duration limit) throws Exception {
		while (!check.holds()) {
			Duration waited = Duration.ofNanos(System.nanoTime() - start);
			assertThat(waited).as("not seen in time").isLessThan(limit);
			Thread.sleep(10);
		}
		return Duration.ofNanos(System.nanoTime() - start);
	}

	private static <T> CompletableFuture<T> started(Callable<T> start) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				return start.call();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

}
