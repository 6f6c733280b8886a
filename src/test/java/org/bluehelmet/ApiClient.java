package org.bluehelmet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the HTTP API of a server under test on localhost as a script does, with HTTP
 * Basic.
 */
public final class ApiClient {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	private final String username;

	private final String password;

	/** Sent as {@code Accept-Language}, or {@code null}. */
	private final String language;

	/** Stands for the user name of a client that sends a token as its password. */
	private static final String TOKEN = "\u0000token";

	/** A client that sends no credentials when {@code password} is {@code null}. */
	public ApiClient(int port, String username, String password) {
		this(port, username, password, null);
	}

	private ApiClient(int port, String username, String password, String language) {
		this.port = port;
		this.username = username;
		this.password = password;
		this.language = language;
	}

	/** The same client asking for answers in a language ({@code Accept-Language}). */
	public ApiClient withLanguage(String tag) {
		return new ApiClient(port, username, password, tag);
	}

	/** A client that sends a personal API token ({@code Authorization: Bearer}). */
	public static ApiClient withToken(int port, String token) {
		return new ApiClient(port, TOKEN, token);
	}

	public ApiClient as(String otherPassword) {
		return new ApiClient(port, username, otherPassword, language);
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(request(path).build());
	}

	/** A GET with one more header (a conditional request, say). */
	public HttpResponse<String> get(String path, String header, String value) throws IOException, InterruptedException {
		return send(request(path).header(header, value).build());
	}

	/** A GET whose body is kept as bytes (a PDF, an image). */
	public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
		return http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	public HttpResponse<String> patch(String path, String json) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	public HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
		return send(request(path).DELETE().build());
	}

	/** Posts one file as the multipart part {@code file}. */
	public HttpResponse<String> upload(String path, byte[] file, String fileName)
			throws IOException, InterruptedException {
		String boundary = "----bluehelmet" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + file.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(file, 0, body, head.length, file.length);
		System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	/** The JSON of an answer that must be 200. */
	public static JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	/**
	 * Asserts an RFC 9457 problem with this status, naming {@code field} unless it is
	 * {@code null}.
	 */
	public static void assertProblem(HttpResponse<String> response, int status, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(response.body()).doesNotContain("Exception");
		if (field != null) {
			assertThat(JSON.readTree(response.body()).get("field").asString()).as(response.body()).isEqualTo(field);
		}
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		if (TOKEN.equals(username)) {
			request.header("Authorization", "Bearer " + password);
		}
		else if (password != null) {
			String credentials = Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
			request.header("Authorization", "Basic " + credentials);
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
