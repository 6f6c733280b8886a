package org.bluehelmet.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends damaged JSON bodies and query strings to a running server (localhost only) and
 * checks every answer: never a server error (5xx), never a stack trace or an exception's
 * name in the body, a refusal as {@code application/problem+json}, and a refused incident
 * leaves the count of incidents as it was.
 */
public final class ApiFuzz {

	private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	private final String missionId;

	private String authorization;

	/**
	 * A fuzzer for the server on {@code localhost:port}, as an account allowed to write
	 * incidents.
	 */
	public ApiFuzz(int port, String missionId, String username, String password) {
		this.base = "http://localhost:" + port;
		this.missionId = missionId;
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** A body or query the fuzzer damages, and where it goes. */
	private record Target(String method, String path, String valid) {
	}

	public FuzzReport run(long seed, long cases, Duration limit) throws IOException, InterruptedException {
		// A token: one password hash at the start instead of one per request.
		HttpResponse<String> token = send("POST", "/api/v1/me/tokens", "{\"name\":\"fuzz\"}");
		Matcher secret = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(token.body());
		if (secret.find()) {
			authorization = "Bearer " + secret.group(1);
		}
		String incidents = "/api/v1/missions/" + missionId + "/incidents";
		HttpResponse<String> created = send("POST", incidents, incidentJson());
		Matcher id = ID.matcher(created.body());
		if (created.statusCode() != 201 || !id.find()) {
			throw new IllegalStateException("could not log the incident to fuzz: " + created.statusCode());
		}
		String incident = incidents + "/" + id.group(1);
		List<Target> targets = List.of(new Target("POST", incidents, incidentJson()),
				new Target("PATCH", incident, "{\"version\":0,\"status\":\"IN_REVIEW\",\"priority\":\"HIGH\"}"),
				new Target("POST", incident + "/comments", "{\"text\":\"Seen by the JOC\"}"),
				new Target("POST", "/api/v1/admin/users",
						"{\"username\":\"fuzzed\",\"password\":\"a-long-enough-password\",\"roles\":[\"VIEWER\"],"
								+ "\"missions\":[\"" + missionId + "\"]}"),
				new Target("POST", "/api/v1/me/tokens", "{\"name\":\"a script\"}"),
				new Target("GET", incidents,
						"bbox=-5,13,-2,16&from=2020-01-01&to=2020-12-31&category=ATTACK_ON_CIVILIANS&sort=NEWEST&page=0&size=5"),
				new Target("GET", incidents + "/counts", "by=sector&from=2020-01-01&to=2020-12-31"),
				new Target("GET", "/ogc/collections/" + missionId + "-incidents/items",
						"bbox=-5,13,-2,16&datetime=2020-01-01/2020-12-31&limit=5&offset=0"),
				new Target("GET", "/api/v1/missions/" + missionId + "/protection-gap",
						"from=2020-01-01&to=2020-12-31&at=2020-12"));
		FuzzReport report = new FuzzReport();
		// Inputs an outside probe found answered with 5xx once: tried first, every run.
		for (String[] known : knownCases(incidents)) {
			Target target = new Target(known[0], known[1], known[2]);
			boolean get = known[0].equals("GET");
			String path = get ? known[1] + "?" + known[2] : known[1];
			check(report, -1, target, known[2], send(known[0], path, get ? null : known[2]), -1, -1);
		}
		Instant deadline = Instant.now().plus(limit);
		for (long i = 0; i < cases && Instant.now().isBefore(deadline); i++) {
			Mutator mutator = new Mutator(seed + i);
			Target target = mutator.pick(targets);
			if (target.method().equals("GET")) {
				String query = damagedQuery(mutator, target.valid());
				check(report, seed + i, target, query, send("GET", target.path() + "?" + query, null), -1, -1);
			}
			else {
				String body = mutator.mutate(target.valid());
				boolean logs = target.path().equals(incidents);
				long before = logs ? count(incidents) : -1;
				HttpResponse<String> answer = send(target.method(), target.path(), body);
				check(report, seed + i, target, body, answer, before,
						logs && answer.statusCode() >= 400 ? count(incidents) : before);
			}
		}
		return report;
	}

	/** Method, path and query (or body) of inputs once answered with 5xx. */
	private List<String[]> knownCases(String incidents) {
		String nan = URLEncoder.encode("POLYGON((NaN NaN, NaN NaN, NaN NaN, NaN NaN))", StandardCharsets.UTF_8);
		String infinite = URLEncoder.encode("POLYGON((0 0, Infinity 0, 1 1, 0 0))", StandardCharsets.UTF_8);
		return List.of(new String[] { "GET", incidents, "polygon=" + nan },
				new String[] { "GET", incidents, "polygon=" + infinite },
				new String[] { "GET", "/ogc/collections/" + missionId + "-incidents/items", "offset=-1" },
				new String[] { "GET", "/ogc/collections/" + missionId + "-incidents/items",
						"limit=-5&offset=-9223372036854775808" });
	}

	private static void check(FuzzReport report, long seed, Target target, String input, HttpResponse<String> answer,
			long countBefore, long countAfter) {
		int status = answer.statusCode();
		report.tried(status >= 400);
		String name = target.method() + " " + target.path();
		if (status >= 500) {
			report.failed(name, seed, "answered " + status, input);
		}
		else if (StackTraces.shown(answer.body())) {
			report.failed(name, seed, "the answer shows a stack trace: " + answer.body(), input);
		}
		else if (status >= 400
				&& !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
			report.failed(name, seed, "a refusal that is not application/problem+json: " + status, input);
		}
		else if (countBefore != countAfter) {
			report.failed(name, seed,
					"refused (" + status + ") but the incidents went from " + countBefore + " to " + countAfter, input);
		}
	}

	/** One parameter's value damaged, then encoded as a browser would. */
	private static String damagedQuery(Mutator mutator, String valid) {
		Map<String, String> params = new LinkedHashMap<>();
		for (String pair : valid.split("&")) {
			String[] parts = pair.split("=", 2);
			params.put(parts[0], parts[1]);
		}
		String key = mutator.pick(List.copyOf(params.keySet()));
		params.put(key, mutator.mutate(params.get(key)));
		StringBuilder query = new StringBuilder();
		params.forEach((name, value) -> query.append(query.isEmpty() ? "" : "&")
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return query.toString();
	}

	private long count(String incidents) throws IOException, InterruptedException {
		Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(send("GET", incidents + "?size=1", null).body());
		return total.find() ? Long.parseLong(total.group(1)) : -2;
	}

	private HttpResponse<String> send(String method, String path, String json)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", authorization);
		if (json == null) {
			request.GET();
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String incidentJson() {
		return """
				{"source":"Fuzz JOC","sourceId":"%s","occurredOn":"2021-03-01","timePrecision":"DAY",
				 "position":{"lon":-3.9,"lat":14.2},"positionPrecision":"NEAR","category":"EXPLOSIVE_DEVICE",
				 "target":"UN","casualties":{"woundedPeacekeepers":3},"description":"IED strike on a convoy",
				 "personal":{"victims":"Sgt. A."}}""".formatted(UUID.randomUUID());
	}

}
