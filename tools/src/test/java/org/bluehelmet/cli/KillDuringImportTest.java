package org.bluehelmet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bluehelmet.ApiClient;
import org.bluehelmet.DemoPacks;
import org.bluehelmet.ServerProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The server is killed with SIGKILL in the middle of a large import uploaded through the
 * API: after a restart the database holds none of the file (an import is one
 * transaction), passes {@code bluehelmet check}, and the same file then imports whole.
 * The server runs in a JVM of its own, as in production, on the embedded database. On
 * PostgreSQL the same kill is {@link SeveralServersTest}'s: another server finds the
 * import abandoned while the first is down.
 */
class KillDuringImportTest {

	private static final String PASSWORD = "kill-test-password";

	private static final long ROWS = 50_000;

	@TempDir
	Path folder;

	private final List<ServerProcess> servers = new ArrayList<>();

	@AfterEach
	void stopServers() {
		servers.forEach(server -> server.process().destroyForcibly());
	}

	@Test
	void theEmbeddedDatabaseHoldsNoneOfTheFileAfterTheServerIsKilled() throws Exception {
		killMidImportAndCheck(List.of("--data-dir", folder.resolve("data").toString()));
	}

	private void killMidImportAndCheck(List<String> database) throws Exception {
		Path file = folder.resolve("large.csv");
		UcdpBenchmarkFile.write(DemoPacks.file("minusma", "incidents-ucdp.csv"), file, ROWS);

		int port = ServerProcess.freePort();
		ServerProcess server = start(port, database);
		ApiClient api = new ApiClient(port, "admin", PASSWORD);
		long before = incidents(api);
		HttpResponse<String> started = api.upload("/api/v1/missions/minusma/incidents/imports?wait=false",
				Files.readAllBytes(file), "large.csv");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		String job = started.headers().firstValue("Location").orElseThrow();
		long read = waitUntilRowsRead(api, job, ROWS / 3);
		server.kill();
		assertThat(read).isLessThan(ROWS);

		Console console = new Console();
		int exit = console.run(withDatabase(database, "check"));
		assertThat(exit).as(console.out() + console.err()).isZero();
		assertThat(console.out()).contains("interrupted");

		ServerProcess restarted = start(port, database);
		assertThat(incidents(api)).isEqualTo(before);
		// The killed import is marked interrupted, with an entry in the audit log.
		JsonNode interrupted = ApiClient.ok(api.get("/api/v1/admin/audit?action=incident.import.interrupted&limit=5"));
		assertThat(interrupted.size()).isEqualTo(1);
		assertThat(interrupted.get(0).get("after").asString()).contains("large.csv");
		HttpResponse<String> whole = api.upload("/api/v1/missions/minusma/incidents/imports", Files.readAllBytes(file),
				"large.csv");
		assertThat(whole.statusCode()).as(whole.body()).isEqualTo(201);
		assertThat(incidents(api)).isEqualTo(before + ROWS);
		restarted.close();
		assertThat(restarted.process().isAlive()).isFalse();
		assertThat(console.run(withDatabase(database, "check"))).as(console.err()).isZero();
	}

	private ServerProcess start(int port, List<String> database) throws Exception {
		ServerProcess server = ServerProcess.start(folder.resolve("server-" + servers.size() + ".log"), PASSWORD, port,
				database);
		servers.add(server);
		return server;
	}

	private static long waitUntilRowsRead(ApiClient api, String job, long rows) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(deadline)) {
			JsonNode state = ApiClient.ok(api.get(job));
			assertThat(state.get("state").asString()).isEqualTo("RUNNING");
			if (state.get("rowsRead").asLong() >= rows) {
				return state.get("rowsRead").asLong();
			}
			Thread.sleep(20);
		}
		throw new AssertionError("the import did not reach " + rows + " rows within 2 minutes");
	}

	private static long incidents(ApiClient api) throws Exception {
		return ApiClient.ok(api.get("/api/v1/missions/minusma/incidents?size=1")).get("total").asLong();
	}

	private static String[] withDatabase(List<String> database, String command) {
		List<String> args = new ArrayList<>(List.of(command));
		args.addAll(database);
		return args.toArray(String[]::new);
	}

}
