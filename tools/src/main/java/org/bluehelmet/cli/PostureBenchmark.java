package org.bluehelmet.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench posture}: how long the planner page waits for a scenario, over HTTP on the
 * MINUSMA demo: the four standard scenarios on first call, then planned scenarios
 * (computed afresh each time) beside the same posture evaluated without planning (the
 * reference: what the page costs without the optimisation).
 */
@Command(name = "posture", mixinStandardHelpOptions = true,
		description = "Time the posture planner's answers on the MINUSMA demo over HTTP.")
class PostureBenchmark implements Callable<Integer> {

	@Option(names = "--repeat", defaultValue = "7",
			description = "Timed calls of each kind (default: ${DEFAULT-VALUE}).")
	int repeat;

	@Override
	public Integer call() throws Exception {
		try (BenchServer server = new BenchServer("posture")) {
			HttpClient http = HttpClient.newHttpClient();
			String base = "http://127.0.0.1:" + server.port + "/api/v1/missions/minusma/posture";
			String auth = "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + server.adminPassword).getBytes(StandardCharsets.UTF_8));
			System.out.printf("%d cores, heap %,d MiB%n", Runtime.getRuntime().availableProcessors(),
					Runtime.getRuntime().maxMemory() / (1024 * 1024));
			double first = time(http,
					HttpRequest.newBuilder(URI.create(base + "/standard")).header("Authorization", auth).GET().build());
			double[] planned = new double[repeat];
			double[] deployed = new double[repeat];
			for (int i = 0; i < repeat; i++) {
				planned[i] = time(http, post(base, auth, """
						{"name":"bench","kind":"PLANNED","addedTroops":%d,"tobSurgicalTeams":true}"""
					.formatted(1730 + i)));
				deployed[i] = time(http, post(base, auth, "{\"name\":\"bench\",\"kind\":\"AS_DEPLOYED\"}"));
			}
			System.out.printf("%-58s %10s %10s%n", "CALL", "MEDIAN_S", "MAX_S");
			System.out.printf("%-58s %10.3f %10s%n", "GET standard (4 scenarios, first call)", first, "");
			System.out.printf("%-58s %10.3f %10.3f%n", "POST evaluate, planned (+1,730, surgical teams)",
					median(planned), Arrays.stream(planned).max().orElse(0));
			System.out.printf("%-58s %10.3f %10.3f%n", "POST evaluate, as deployed (reference, no planning)",
					median(deployed), Arrays.stream(deployed).max().orElse(0));
		}
		return 0;
	}

	private static HttpRequest post(String base, String auth, String body) {
		return HttpRequest.newBuilder(URI.create(base + "/evaluate"))
			.header("Authorization", auth)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static double time(HttpClient http, HttpRequest request) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		double seconds = (System.nanoTime() - start) / 1e9;
		if (response.statusCode() != 200) {
			throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(300, response.body().length())));
		}
		return seconds;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
