package org.bluehelmet.cli;

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
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench load}: many clients at once against a server started for the run on
 * localhost, bounded in time: reads of lists, map cells, sector tables and single
 * incidents, triage edits and comments (each client edits an incident of its own, so no
 * edit conflicts by design), and one large import uploaded while they run. Reports
 * throughput, latency percentiles and errors per kind of request.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
		description = "Concurrent clients mixing reads, edits and one import against a local server, for a while.")
class LoadBenchmark implements Callable<Integer> {

	private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

	private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

	@Option(names = "--clients", defaultValue = "50", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
	int clients;

	@Option(names = "--seconds", defaultValue = "60", description = "How long (default: ${DEFAULT-VALUE}).")
	long seconds;

	@Option(names = "--import-rows", defaultValue = "50000",
			description = "Rows of the file imported during the run (default: ${DEFAULT-VALUE}).")
	long importRows;

	@Mixin
	BenchCommand.RealEvents realEvents;

	@Option(names = "--nodes",
			description = "Servers behind HAProxy on one PostgreSQL database, measured after one "
					+ "server on the same database in the same run (needs haproxy on the PATH); without it, one server "
					+ "on the embedded database.")
	Integer nodes;

	@Option(names = "--postgres", defaultValue = "jdbc:postgresql://127.0.0.1:5432/postgres",
			description = "A PostgreSQL database to create the benchmark's databases from, with --nodes "
					+ "(default: ${DEFAULT-VALUE}).")
	String postgres;

	@Option(names = "--postgres-user", defaultValue = "postgres",
			description = "Its user, who may create databases (default: ${DEFAULT-VALUE}).")
	String postgresUser;

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@Override
	public Integer call() throws Exception {
		Path file = Files.createTempFile("bluehelmet-load", ".csv");
		UcdpBenchmarkFile.write(realEvents.file, file, importRows);
		try {
			if (nodes == null) {
				try (BenchServer server = new BenchServer("load")) {
					return new LoadRun(server.port, server.adminPassword).run(file, "one server, embedded database");
				}
			}
			int failed = 0;
			for (int n : nodes == 1 ? List.of(1) : List.of(1, nodes)) {
				try (BenchCluster cluster = BenchCluster.start(n, postgres, postgresUser)) {
					failed += new LoadRun(cluster.port(), cluster.adminPassword()).run(file,
							n + " server(s) behind HAProxy, one PostgreSQL database");
					if (n > 1) {
						cluster.reportVisibilityDelay();
					}
				}
			}
			return failed == 0 ? 0 : 1;
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/** One timed run against one address: its clients, their latencies and errors. */
	private final class LoadRun {

		private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();

		private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

		private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();

		/** Comments the server acknowledged (201): each must be stored at the end. */
		private final AtomicLong commentsAcknowledged = new AtomicLong();

		private final AtomicLong serverErrors = new AtomicLong();

		private long commentsStored;

		private final int port;

		private final String base;

		private final String authorization;

		LoadRun(int port, String adminPassword) throws Exception {
			this.port = port;
			this.base = "http://127.0.0.1:" + port + "/api/v1/missions/minusma";
			this.authorization = "Bearer " + token(port, adminPassword);
		}

		int run(Path file, String what) throws Exception {
			List<String> own = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				own.add(base + "/incidents/" + logIncident());
			}
			System.out.printf("%n%s: %d clients for %d s against 127.0.0.1:%d; one import of %,d rows after 5 s%n",
					what, clients, seconds, port, importRows);
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
			ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
			for (int i = 0; i < clients; i++) {
				String incident = own.get(i);
				long seed = i;
				pool.submit(() -> client(new Random(seed), incident, deadline));
			}
			pool.submit(() -> importDuring(file));
			pool.shutdown();
			pool.awaitTermination(seconds + 600, TimeUnit.SECONDS);
			for (String incident : own) {
				HttpResponse<String> comments = timed("count comments", "GET", incident + "/comments", null);
				commentsStored += comments == null ? 0 : comments.body().split("\"author\"", -1).length - 1;
			}
			return report();
		}

		private Void client(Random random, String incident, long deadline) {
			while (System.nanoTime() < deadline) {
				int dice = random.nextInt(100);
				if (dice < 20) {
					timed("list incidents", "GET",
							base + "/incidents?from=2019-01-01&to=2020-12-31&size=50&page=" + random.nextInt(5), null);
				}
				else if (dice < 35) {
					double lon = -12 + random.nextDouble() * 12;
					double lat = 11 + random.nextDouble() * 10;
					timed("map cells", "GET", base + "/incidents/cells?bbox=" + lon + "," + lat + "," + (lon + 4) + ","
							+ (lat + 4) + "&from=2012-01-01&to=2021-12-31", null);
				}
				else if (dice < 45) {
					timed("sector table", "GET", base + "/sectors/summary?at=20" + (13 + random.nextInt(8)) + "-12",
							null);
				}
				else if (dice < 55) {
					timed("protection gap", "GET", base + "/protection-gap?from=2020-01-01&to=2020-12-31&at=2020-12",
							null);
				}
				else if (dice < 70) {
					timed("one incident", "GET", incident, null);
				}
				else if (dice < 90) {
					HttpResponse<String> current = timed("one incident", "GET", incident, null);
					Matcher version = current == null ? null : VERSION.matcher(current.body());
					if (version != null && version.find()) {
						String priority = random.nextBoolean() ? "HIGH" : "LOW";
						timed("triage edit", "PATCH", incident,
								"{\"version\":" + version.group(1) + ",\"priority\":\"" + priority + "\"}");
					}
				}
				else {
					HttpResponse<String> posted = timed("comment", "POST", incident + "/comments",
							"{\"text\":\"Patrol confirms the report\"}");
					if (posted != null && posted.statusCode() == 201) {
						commentsAcknowledged.incrementAndGet();
					}
				}
			}
			return null;
		}

		private Void importDuring(Path file) throws Exception {
			Thread.sleep(5000);
			String boundary = "----bluehelmet" + UUID.randomUUID();
			byte[] head = ("--" + boundary
					+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"load.csv\"\r\n"
					+ "Content-Type: text/csv\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8);
			byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/incidents/imports"))
				.header("Authorization", authorization)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.timeout(Duration.ofMinutes(10))
				.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
						HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
				.build();
			record("import", request);
			return null;
		}

		private HttpResponse<String> timed(String kind, String method, String url, String json) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", authorization);
			if (json == null) {
				request.GET();
			}
			else {
				request.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString(json));
			}
			return record(kind, request.build());
		}

		private HttpResponse<String> record(String kind, HttpRequest request) {
			long start = System.nanoTime();
			try {
				HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
				latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
				if (response.statusCode() >= 500) {
					serverErrors.incrementAndGet();
				}
				if (response.statusCode() >= 400) {
					error(kind, response.statusCode() + " " + abbreviated(response.body()));
					return null;
				}
				return response;
			}
			catch (Exception ex) {
				error(kind, ex.toString());
				return null;
			}
		}

		private void error(String kind, String what) {
			errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
			if (errorSamples.size() < 10) {
				errorSamples.add(kind + ": " + what);
			}
		}

		private int report() {
			System.out.printf("%n%-16s %9s %8s %9s %9s %9s %9s %7s%n", "REQUEST", "COUNT", "PER_S", "P50_MS", "P95_MS",
					"P99_MS", "MAX_MS", "ERRORS");
			List<Long> interactive = new ArrayList<>();
			long errorCount = 0;
			for (Map.Entry<String, ConcurrentLinkedQueue<Long>> entry : new TreeMap<>(latencies).entrySet()) {
				List<Long> times = new ArrayList<>(entry.getValue());
				long failed = errors.getOrDefault(entry.getKey(), new AtomicLong()).get();
				errorCount += failed;
				// The import and the final count of comments are not the clients' load.
				if (!entry.getKey().equals("import") && !entry.getKey().equals("count comments")) {
					interactive.addAll(times);
				}
				line(entry.getKey(), times, failed);
			}
			line("all but import", interactive, errorCount - errors.getOrDefault("import", new AtomicLong()).get());
			errorSamples.forEach(sample -> System.out.println("  error: " + sample));
			long lost = commentsAcknowledged.get() - commentsStored;
			System.out.printf("%nanswers 5xx: %d; comments acknowledged: %,d, stored: %,d, lost: %d%n",
					serverErrors.get(), commentsAcknowledged.get(), commentsStored, lost);
			return errorCount == 0 && lost == 0 ? 0 : 1;
		}

		private void line(String kind, List<Long> times, long failed) {
			times.sort(Long::compare);
			System.out.printf("%-16s %,9d %8.1f %9.1f %9.1f %9.1f %9.1f %7d%n", kind, times.size(),
					times.size() / (double) seconds, percentile(times, 0.50), percentile(times, 0.95),
					percentile(times, 0.99), times.isEmpty() ? 0 : times.get(times.size() - 1) / 1e6, failed);
		}

		/** Nearest-rank percentile, in milliseconds. */
		private static double percentile(List<Long> sorted, double p) {
			if (sorted.isEmpty()) {
				return 0;
			}
			int rank = (int) Math.ceil(p * sorted.size());
			return sorted.get(Math.max(0, rank - 1)) / 1e6;
		}

		private static String token(int port, String adminPassword) throws Exception {
			String basic = Base64.getEncoder()
				.encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
			HttpResponse<String> response = HTTP
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me/tokens"))
					.header("Authorization", "Basic " + basic)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load benchmark\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(response.body());
			if (!token.find()) {
				throw new IllegalStateException("no token: " + response.statusCode() + " " + response.body());
			}
			return token.group(1);
		}

		private String logIncident() throws Exception {
			String json = """
					{"source":"Load JOC","sourceId":"%s","occurredOn":"2021-03-01","timePrecision":"DAY",
					 "position":{"lon":-3.9,"lat":14.2},"positionPrecision":"NEAR","category":"EXPLOSIVE_DEVICE",
					 "target":"UN","description":"IED strike on a convoy"}""".formatted(UUID.randomUUID());
			HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/incidents"))
				.header("Authorization", authorization)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
			Matcher id = ID.matcher(created.body());
			if (created.statusCode() != 201 || !id.find()) {
				throw new IllegalStateException("could not log an incident: " + created.statusCode());
			}
			return id.group(1);
		}

		private static String abbreviated(String body) {
			return body.length() > 200 ? body.substring(0, 200) + "…" : body;
		}

	}

}
