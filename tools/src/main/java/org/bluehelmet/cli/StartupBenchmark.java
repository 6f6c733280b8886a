package org.bluehelmet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Measures how long the server takes to answer and how much memory it holds at rest, by
 * starting the real jar as a separate process on this machine (loopback only): the time
 * until {@code /actuator/health} answers, the time until the first API answer with data,
 * and the resident set size (VmRSS, Linux) after an idle pause. A first start on an empty
 * database (which loads the demo mission) is measured beside a restart on the database it
 * left, in the same run.
 */
final class StartupBenchmark {

	private static final String PASSWORD = "benchmark-only";

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	private final Path jar;

	private final List<String> jvmOptions;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	StartupBenchmark(Path jar, List<String> jvmOptions) {
		this.jar = jar;
		this.jvmOptions = List.copyOf(jvmOptions);
	}

	/**
	 * One measured start.
	 *
	 * @param healthyMillis from process start until the health check answers 200
	 * @param firstAnswerMillis from process start until the sector summary answers 200
	 * @param idleRssMegabytes resident memory after the idle pause, in MiB
	 */
	record Start(long healthyMillis, long firstAnswerMillis, long idleRssMegabytes) {
	}

	Start measure(Path dataDir, Duration idle) throws IOException, InterruptedException {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toString(), "serve", "--port", String.valueOf(port), "--data-dir",
				dataDir.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile());
		builder.environment().put("BLUEHELMET_ADMIN_PASSWORD", PASSWORD);
		long start = System.nanoTime();
		Process server = builder.start();
		try {
			long healthy = waitFor(server, start, "http://127.0.0.1:" + port + "/actuator/health", false);
			long answered = waitFor(server, start,
					"http://127.0.0.1:" + port + "/api/v1/missions/minusma/sectors/summary?at=2020-12", true);
			Thread.sleep(idle.toMillis());
			return new Start(healthy, answered, residentMegabytes(server.pid()));
		}
		finally {
			server.destroy();
			if (!server.waitFor(30, TimeUnit.SECONDS)) {
				server.destroyForcibly();
			}
		}
	}

	/**
	 * Polls a URL every 25 ms until it answers 200; returns the milliseconds since
	 * {@code start}.
	 */
	private long waitFor(Process server, long start, String url, boolean authenticated) throws InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
		if (authenticated) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		long deadline = start + TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!server.isAlive()) {
				throw new IllegalStateException("the server stopped with exit code " + server.exitValue());
			}
			try {
				if (http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return (System.nanoTime() - start) / 1_000_000;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(25);
		}
		throw new IllegalStateException(url + " did not answer within " + TIMEOUT);
	}

	private static long residentMegabytes(long pid) throws IOException {
		Path status = Path.of("/proc", String.valueOf(pid), "status");
		if (!Files.exists(status)) {
			return -1;
		}
		for (String line : Files.readAllLines(status)) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
			}
		}
		return -1;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
