package org.bluehelmet.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Servers for {@code bench load --nodes}: {@code n} servers in this JVM on a fresh
 * PostgreSQL database, behind HAProxy (round robin over their readiness checks), as the
 * README's "Running several servers" describes. The servers share this machine's cores,
 * as they would share nothing in production: the point is correctness, and the cost of
 * the database round trips several servers need.
 */
final class BenchCluster implements AutoCloseable {

	private final List<ConfigurableApplicationContext> servers = new ArrayList<>();

	private final List<Integer> ports = new ArrayList<>();

	private final String adminPassword = "bench-" + UUID.randomUUID();

	private Process haproxy;

	private Path folder;

	private int port;

	private BenchCluster() {
	}

	static BenchCluster start(int nodes, String postgres, String user) throws Exception {
		BenchCluster cluster = new BenchCluster();
		try {
			cluster.folder = Files.createTempDirectory("bluehelmet-bench-cluster");
			String url = freshDatabase(postgres, user, "bluehelmet_bench_load_" + nodes);
			Path key = cluster.folder.resolve("audit.key");
			for (int i = 0; i < nodes; i++) {
				ConfigurableApplicationContext server = ApplicationContexts
					.server(DatabaseOptions.server(url, user, ""), 0,
							Map.of("bluehelmet.security.admin-password", cluster.adminPassword, "logging.level.root",
									"WARN", "server.address", "127.0.0.1", "bluehelmet.audit.key-file",
									key.toString()));
				cluster.servers.add(server);
				cluster.ports.add(((WebServerApplicationContext) server).getWebServer().getPort());
			}
			cluster.startHaproxy();
			return cluster;
		}
		catch (Exception ex) {
			cluster.close();
			throw ex;
		}
	}

	int port() {
		return port;
	}

	String adminPassword() {
		return adminPassword;
	}

	/**
	 * Stores an incident through the first server and measures how soon the second shows
	 * it on its map (its cells, kept in memory until told of the change).
	 */
	void reportVisibilityDelay() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
		String cells = "http://127.0.0.1:" + ports.get(1)
				+ "/api/v1/missions/minusma/incidents/cells?from=2021-06-01&to=2021-06-30";
		java.util.regex.Pattern cell = java.util.regex.Pattern
			.compile("\"gid\":" + org.bluehelmet.geo.PrioGrid.gidOf(new org.bluehelmet.geo.Position(-3.9, 14.2))
					+ ",\"lon\":[^,]+,\"lat\":[^,]+,\"incidents\":(\\d+)");
		long before = count(http, cells, basic, cell);
		HttpResponse<String> stored = http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + ports.get(0) + "/api/v1/missions/minusma/incidents"))
			.header("Authorization", basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"source":"Bench JOC","sourceId":"%s","occurredOn":"2021-06-15","timePrecision":"DAY",
					 "position":{"lon":-3.9,"lat":14.2},"positionPrecision":"NEAR","category":"ARMED_CLASH",
					 "target":"UN","description":"Visibility probe"}""".formatted(UUID.randomUUID())))
			.build(), HttpResponse.BodyHandlers.ofString());
		long storedAt = System.nanoTime();
		if (stored.statusCode() != 201) {
			throw new IllegalStateException("could not store the probe: " + stored.statusCode() + " " + stored.body());
		}
		long requests = 0;
		while (true) {
			long asked = System.nanoTime();
			long now = count(http, cells, basic, cell);
			requests++;
			if (now > before) {
				System.out.printf(
						"%nAn incident stored through server 1 showed on server 2's map %.0f ms later "
								+ "(%d requests; the last took %.0f ms)%n",
						(System.nanoTime() - storedAt) / 1e6, requests, (System.nanoTime() - asked) / 1e6);
				return;
			}
			if (System.nanoTime() - storedAt > TimeUnit.SECONDS.toNanos(30)) {
				throw new IllegalStateException("server 2 did not show the incident within 30 s");
			}
		}
	}

	private static long count(HttpClient http, String cells, String authorization, java.util.regex.Pattern cell)
			throws Exception {
		String body = http
			.send(HttpRequest.newBuilder(URI.create(cells)).header("Authorization", authorization).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		java.util.regex.Matcher found = cell.matcher(body);
		return found.find() ? Long.parseLong(found.group(1)) : 0;
	}

	private void startHaproxy() throws Exception {
		port = freePort();
		String config = haproxyConfiguration(port, ports, null);
		Path file = Files.writeString(folder.resolve("haproxy.cfg"), config);
		try {
			haproxy = new ProcessBuilder("haproxy", "-db", "-f", file.toString()).redirectErrorStream(true)
				.redirectOutput(folder.resolve("haproxy.log").toFile())
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("bench load --nodes needs HAProxy on the PATH (Debian: apt-get install "
					+ "haproxy): " + ex.getMessage(), ex);
		}
		// Every server up in HAProxy's eyes: a few checks' time.
		Thread.sleep(1500);
		if (!haproxy.isAlive()) {
			throw new IllegalStateException("HAProxy stopped: " + Files.readString(folder.resolve("haproxy.log")));
		}
	}

	/**
	 * HAProxy in front of servers on this machine's ports: round robin over their
	 * readiness checks, a request to a server that stopped answering sent to another.
	 * @param nodeHeader a response header naming the server that answered, or
	 * {@code null}
	 */
	static String haproxyConfiguration(int port, List<Integer> servers, String nodeHeader) {
		StringBuilder config = new StringBuilder("""
				global
				  maxconn 2048
				defaults
				  mode http
				  timeout connect 2s
				  timeout client 600s
				  timeout server 600s
				  retries 2
				  option redispatch
				frontend bluehelmet
				  bind 127.0.0.1:%d
				  default_backend nodes
				backend nodes
				  balance roundrobin
				  option httpchk GET /actuator/health/readiness
				""".formatted(port));
		if (nodeHeader != null) {
			config.append("  http-response set-header %s %%s%n".formatted(nodeHeader));
		}
		for (int i = 0; i < servers.size(); i++) {
			config.append(
					"  server node%d 127.0.0.1:%d check inter 500ms fall 2 rise 1%n".formatted(i + 1, servers.get(i)));
		}
		return config.toString();
	}

	private static String freshDatabase(String postgres, String user, String name) throws SQLException {
		try (Connection connection = DriverManager.getConnection(postgres, user, "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + name);
		}
		return postgres.substring(0, postgres.lastIndexOf('/') + 1) + name;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (haproxy != null) {
			haproxy.destroy();
			haproxy.waitFor(10, TimeUnit.SECONDS);
		}
		servers.forEach(ConfigurableApplicationContext::close);
	}

}
