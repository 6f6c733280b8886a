package org.bluehelmet;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Talks to a server under test as a browser does after logging in through the form: a
 * session cookie, and the CSRF token sent with every change.
 */
public final class BrowserSession {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http;

	private final int port;

	private final HttpResponse<String> logIn;

	private BrowserSession(int port, String username, String password) throws IOException, InterruptedException {
		this.port = port;
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> form = http.send(request("/login").build(), HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF_FIELD.matcher(form.body());
		if (!csrf.find()) {
			throw new IllegalStateException("the log-in form has no CSRF field: " + form.body());
		}
		String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(csrf.group(1));
		this.logIn = http.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Logs in through the form. */
	public static BrowserSession logIn(int port, String username, String password)
			throws IOException, InterruptedException {
		return new BrowserSession(port, username, password);
	}

	/**
	 * The answer to the log-in form (a redirect; its headers carry the session cookie).
	 */
	public HttpResponse<String> logInResponse() {
		return logIn;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(request(path).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
		String token = ApiClient.JSON.readTree(get("/api/v1/csrf").body()).path("token").asString();
		return http.send(request(path).header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-CSRF-TOKEN", token)
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
