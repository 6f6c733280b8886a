package org.bluehelmet.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bluehelmet.ApiClient.assertProblem;
import static org.bluehelmet.ApiClient.ok;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.bluehelmet.ApiClient;
import org.bluehelmet.ApiTest;
import org.bluehelmet.DemoPacks;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The OGC API – Features collections, read as a script does and by GDAL's OAPIF driver, a
 * real client.
 */
class OgcApiTest extends ApiTest {

	@TempDir
	Path folder;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Test
	void describesItselfWithAbsoluteLinks() throws Exception {
		JsonNode landing = ok(api().get("/ogc"));
		assertThat(landing.get("links").toString()).contains("http://localhost:" + port + "/ogc/collections",
				"\"rel\":\"conformance\"", "\"rel\":\"service-desc\"");
		assertThat(ok(api().get("/ogc/conformance")).get("conformsTo").toString()).contains("conf/core",
				"conf/geojson");
		JsonNode collections = ok(api().get("/ogc/collections")).get("collections");
		// Each demo mission's incidents and sites: MINUSMA's first (the mission
		// established first).
		assertThat(collections.size()).isEqualTo(4);
		assertThat(collections.findValuesAsString("id")).contains("minusca-incidents", "minusca-sites");
		JsonNode incidents = collections.get(0);
		assertThat(incidents.get("id").asString()).isEqualTo("minusma-incidents");
		assertThat(incidents.get("extent").get("temporal").get("interval").get(0).get(0).asString())
			.isEqualTo("1990-06-28");
		assertThat(incidents.get("extent").get("spatial").get("bbox").get(0).size()).isEqualTo(4);
	}

	@Test
	void pagesThroughItemsWithNextLinks() throws Exception {
		JsonNode first = ok(api().get("/ogc/collections/minusma-incidents/items?limit=500"));
		assertThat(first.get("numberMatched").asLong()).isEqualTo(DemoPacks.incidents("minusma"));
		assertThat(first.get("numberReturned").asLong()).isEqualTo(500);
		String next = nextLink(first);
		assertThat(next).contains("offset=500");
		JsonNode last = ok(
				api().get(next.replace("http://localhost:" + port, "").replace("offset=500", "offset=1000")));
		assertThat(last.get("numberReturned").asLong()).isEqualTo(393);
		assertThat(nextLink(last)).isNull();
		JsonNode feature = first.get("features").get(0);
		assertThat(feature.get("id").isNumber()).isTrue();
		JsonNode one = ok(api().get("/ogc/collections/minusma-incidents/items/" + feature.get("id").asLong()));
		assertThat(one.get("properties").get("source_id")).isEqualTo(feature.get("properties").get("source_id"));
	}

	@Test
	void filtersByBoxAndDatetime() throws Exception {
		JsonNode year2020 = ok(api().get(
				"/ogc/collections/minusma-incidents/items?datetime=2020-01-01T00:00:00Z/2020-12-31T23:59:59Z&limit=1"));
		assertThat(year2020.get("numberMatched").asLong()).isEqualTo(232);
		JsonNode openStart = ok(api().get("/ogc/collections/minusma-incidents/items?datetime=../1999-12-31&limit=1"));
		assertThat(openStart.get("numberMatched").asLong()).isPositive().isLessThan(DemoPacks.incidents("minusma"));
		JsonNode aroundGao = ok(api().get("/ogc/collections/minusma-incidents/items?bbox=-0.5,16,0.5,16.5&limit=1000"));
		assertThat(aroundGao.get("numberMatched").asLong()).isPositive();
		for (JsonNode feature : aroundGao.get("features")) {
			double lon = feature.get("geometry").get("coordinates").get(0).asDouble();
			assertThat(lon).isBetween(-0.5, 0.5);
		}
		JsonNode sites2014 = ok(api().get("/ogc/collections/minusma-sites/items?datetime=2014-03-31"));
		assertThat(sites2014.get("numberMatched").asLong()).isEqualTo(13);
		assertThat(sites2014.get("features").get(0).get("properties").get("as_of").asString()).isEqualTo("2014-03");
	}

	@Test
	void neverBuildsLinksFromAForgedHostHeader() throws Exception {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			String credentials = Base64.getEncoder()
				.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
			socket.getOutputStream()
				.write(("GET /ogc HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Basic " + credentials
						+ "\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 200").contains("/ogc/collections").doesNotContain("evil.example");
		}
	}

	@Test
	void answersBadRequestsWithProblems() throws Exception {
		assertProblem(api().get("/ogc/collections/minusma-incidents/items?bbox=1,2"), 400, "bbox");
		assertProblem(api().get("/ogc/collections/minusma-incidents/items?datetime=yesterday"), 400, "datetime");
		assertProblem(api().get("/ogc/collections/minusma-incidents/items?bbox-crs=EPSG:3857&bbox=1,2,3,4"), 400,
				"bbox-crs");
		assertProblem(api().get("/ogc/collections/unmiss-incidents/items"), 404, null);
		assertProblem(api().get("/ogc/collections/minusma-ships"), 404, null);
		assertProblem(api().get("/ogc/collections/minusma-incidents/items/abc"), 404, null);
		assertProblem(api().get("/ogc/collections/minusma-incidents/items?offset=-1"), 400, "offset");
		assertThat(api().as(null).get("/ogc/collections").statusCode()).isEqualTo(401);
	}

	@Test
	void gdalReadsTheWholeCollectionPageByPage() throws Exception {
		Path out = folder.resolve("incidents.geojson");
		Process ogr2ogr = new ProcessBuilder("ogr2ogr", "--config", "GDAL_HTTP_AUTH", "BASIC", "--config",
				"GDAL_HTTP_USERPWD", "admin:" + PASSWORD, "-oo", "PAGE_SIZE=200", "-f", "GeoJSON", out.toString(),
				"OAPIF:http://localhost:" + port + "/ogc", "minusma-incidents")
			.redirectErrorStream(true)
			.start();
		String output = new String(ogr2ogr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(ogr2ogr.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(ogr2ogr.exitValue()).as(output).isZero();
		JsonNode features = ApiClient.JSON.readTree(Files.readString(out)).get("features");
		assertThat(features.size()).isEqualTo(DemoPacks.incidents("minusma"));
		Set<String> ids = new HashSet<>();
		features.forEach(feature -> ids.add(feature.get("properties").get("source_id").asString()));
		assertThat(ids).as("every incident once: no page skipped or repeated").hasSize(DemoPacks.incidents("minusma"));
	}

	@Test
	void gdalListsBothCollections() throws IOException, InterruptedException {
		Process ogrinfo = new ProcessBuilder("ogrinfo", "-ro", "--config", "GDAL_HTTP_AUTH", "BASIC", "--config",
				"GDAL_HTTP_USERPWD", "admin:" + PASSWORD, "OAPIF:http://localhost:" + port + "/ogc")
			.redirectErrorStream(true)
			.start();
		String output = new String(ogrinfo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(ogrinfo.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(output).contains("minusma-incidents", "minusma-sites", "minusca-incidents", "minusca-sites");
		assertThat(List.of(output.split("\n"))).anyMatch(line -> line.contains("(Point)"));
	}

	private static String nextLink(JsonNode page) {
		for (JsonNode link : page.get("links")) {
			if (link.get("rel").asString().equals("next")) {
				return link.get("href").asString();
			}
		}
		return null;
	}

}
