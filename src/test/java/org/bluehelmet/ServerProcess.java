package org.bluehelmet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Blue Helmet server in a JVM of its own ({@code bluehelmet serve}), as in production,
 * with this test run's class path; its output goes to a log file in the test's folder.
 */
public final class ServerProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private ServerProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts a server on a free port and waits until it answers its health check (at most
	 * two minutes).
	 * @param log the file its output goes to
	 * @param adminPassword the password of the first account
	 * @param args what follows {@code serve --port N}: the database, settings
	 */
	public static ServerProcess start(Path log, String adminPassword, List<String> args) throws Exception {
		return start(log, adminPassword, freePort(), args);
	}

	/** Starts a server on a given port (again on the port of one that was stopped). */
	public static ServerProcess start(Path log, String adminPassword, int port, List<String> args) throws Exception {
		List<String> command = new ArrayList<>(
				// A test's server lives for seconds: the quick compiler alone starts it
				// with
				// less work than the optimising one would spend on code run a few times.
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
						BlueHelmetApplication.class.getName(), "serve", "--port", Integer.toString(port)));
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("BLUEHELMET_ADMIN_PASSWORD", adminPassword);
		ServerProcess server = new ServerProcess(builder.start(), port);
		server.waitUntilHealthy(log);
		return server;
	}

	public int port() {
		return port;
	}

	public Process process() {
		return process;
	}

	/** SIGKILL on Linux: no shutdown hook, no flush. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
	}

	/** SIGTERM: the server finishes what it does and stops. */
	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

	private void waitUntilHealthy(Path log) throws Exception {
		ApiClient anonymous = new ApiClient(port, "admin", null);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(deadline)) {
			try {
				if (anonymous.get("/actuator/health").statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			assertThat(process.isAlive()).as("the server stopped; see its log " + log).isTrue();
			Thread.sleep(100);
		}
		process.destroyForcibly();
		throw new AssertionError("the server did not start within 2 minutes; see its log " + log);
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
