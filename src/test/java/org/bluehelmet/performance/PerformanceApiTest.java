package org.bluehelmet.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bluehelmet.ApiClient;
import org.bluehelmet.ApiTest;
import org.bluehelmet.DemoPacks;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Indicators, the dashboard and the monthly report on the MINUSMA demo, checked against
 * the published UCDP file the demo was loaded from.
 */
class PerformanceApiTest extends ApiTest {

	static final String BASE = "/api/v1/missions/minusma";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Test
	void theDashboardShowsTheDemoIndicatorsComputedFromTheDataWithTargetsAndStatus() throws Exception {
		JsonNode dashboard = ApiClient.ok(api().get(BASE + "/indicators/dashboard?month=2020-12"));
		assertThat(dashboard.size()).isEqualTo(10);
		Map<YearMonth, Integer> attacks = ucdpAttacksByMonth();
		JsonNode poc1 = byCode(dashboard, "POC-1");
		JsonNode points = poc1.get("points");
		assertThat(points.size()).isEqualTo(12);
		assertThat(points.get(0).get("month").asString()).isEqualTo("2020-01");
		for (JsonNode point : points) {
			YearMonth month = YearMonth.parse(point.get("month").asString());
			assertThat(point.get("value").asDouble()).as(month.toString())
				.isEqualTo(attacks.getOrDefault(month, 0).doubleValue());
		}
		// The baseline is the mean of 2019's months, from the same file.
		double mean2019 = 0;
		for (int m = 1; m <= 12; m++) {
			mean2019 += attacks.getOrDefault(YearMonth.of(2019, m), 0) / 12.0;
		}
		assertThat(poc1.get("baseline").asDouble()).isCloseTo(mean2019, org.assertj.core.data.Offset.offset(1e-9));
		double december = attacks.getOrDefault(YearMonth.of(2020, 12), 0);
		double november = attacks.getOrDefault(YearMonth.of(2020, 11), 0);
		assertThat(poc1.get("value").asDouble()).isEqualTo(december);
		assertThat(poc1.get("change").asDouble()).isEqualTo(december - november);
		String expected = december <= 3.1 ? "ON_TRACK" : december < mean2019 ? "AT_RISK" : "OFF_TRACK";
		assertThat(poc1.get("status").asString()).isEqualTo(expected);
		// Per sector: the Centre's is POC-2's value, and the sectors add up to at most
		// the
		// whole.
		double sectors = 0;
		for (JsonNode sector : poc1.get("sectors")) {
			sectors += sector.get("value").asDouble();
			if (sector.get("sector").asString().equals("Centre")) {
				assertThat(sector.get("value").asDouble())
					.isEqualTo(byCode(dashboard, "POC-2").get("value").asDouble());
			}
		}
		assertThat(sectors).isLessThanOrEqualTo(december);
		JsonNode reach = byCode(dashboard, "POC-4");
		assertThat(reach.get("value").asDouble()).isBetween(0.0, 1.0);
		assertThat(reach.get("definition").asString()).contains("3 hours by road", "Target 60.0% or more");
		// Force generation month by month from the pledges' deployment dates: twelve
		// values,
		// never falling (pledges arrive; none is withdrawn in the demo).
		JsonNode fill = byCode(dashboard, "FG-1").get("points");
		assertThat(fill.size()).isEqualTo(12);
		for (int k = 1; k < 12; k++) {
			assertThat(fill.get(k).get("value").asDouble())
				.isGreaterThanOrEqualTo(fill.get(k - 1).get("value").asDouble());
		}
		// The demo's requirements were issued on 15 July 2021 (S/2021/657): before that
		// month they are no gap, so required personnel deployed has no value.
		JsonNode summer = byCode(ApiClient.ok(api().get(BASE + "/indicators/dashboard?month=2021-08&months=3")), "FG-1")
			.get("points");
		assertThat(summer.get(0).get("month").asString()).isEqualTo("2021-06");
		assertThat(summer.get(0).get("value").isNull()).isTrue();
		assertThat(summer.get(1).get("value").isNumber()).isTrue();
		assertThat(summer.get(2).get("value").isNumber()).isTrue();
		// Only pledges made for a requirement fill it: in December 2021 none of those for
		// the 2021 requirement had deployed, whatever infantry the mission had since
		// 2014.
		JsonNode december2021 = byCode(ApiClient.ok(api().get(BASE + "/indicators/dashboard?month=2021-12&months=2")),
				"FG-1");
		assertThat(december2021.get("value").asDouble()).isZero();
		// The report of that month says the same in its summary and its table, per
		// requirement.
		HttpResponse<String> report = api().get(BASE + "/reports/monthly.html?month=2021-12");
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.body()).contains("of the 2,069 people the force requirements ask for, 0 have been deployed",
				"Force generation: the requirements on 31 Dec 2021", "SG-2021-QRF", "Deployed by its pledges");
		// Peacekeepers killed by malicious acts, month by month from the UN's record.
		Map<YearMonth, Integer> killed = unMaliciousDeathsByMonth("MINUSMA");
		JsonNode safety = byCode(dashboard, "SAF-1");
		for (JsonNode point : safety.get("points")) {
			YearMonth month = YearMonth.parse(point.get("month").asString());
			assertThat(point.get("value").asDouble()).as(month.toString())
				.isEqualTo(killed.getOrDefault(month, 0).doubleValue());
		}
		assertThat(safety.get("baseline").asDouble()).isCloseTo(22 / 12.0, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(safety.get("status").asString()).isNotEqualTo("NO_DATA");
		// UCDP does not record peacekeeper casualties by cause: no data, not zero.
		assertThat(byCode(dashboard, "SAF-2").get("status").asString()).isEqualTo("NO_DATA");
	}

	@Test
	void anAdministratorAddsAnIndicatorFromAMeasureAndFiltersAndBadOnesAreRefusedSayingWhy() throws Exception {
		HttpResponse<String> created = api().post(BASE + "/indicators", """
				{"code":"IED-C","name":"Armed clashes in the Centre","measure":"INCIDENTS","sector":"Centre",
				 "categories":["ARMED_CLASH"],"baselineYear":2019,"target":2,"direction":"LOWER_IS_BETTER"}""");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode indicator = ApiClient.JSON.readTree(created.body());
		assertThat(indicator.get("definition").asString()).contains("armed clash", "sector Centre", "Target 2 or less",
				"2019");
		JsonNode dashboard = ApiClient.ok(api().get(BASE + "/indicators/dashboard?month=2020-12&months=3"));
		assertThat(byCode(dashboard, "IED-C").get("points").size()).isEqualTo(3);

		ApiClient.assertProblem(api().post(BASE + "/indicators", """
				{"code":"IED-C","name":"again","measure":"INCIDENTS","target":2,"direction":"LOWER_IS_BETTER"}"""), 400,
				"code");
		ApiClient.assertProblem(api().post(BASE + "/indicators", """
				{"code":"X1","name":"x","measure":"INCIDENTS","sector":"Atlantis","target":2,
				 "direction":"LOWER_IS_BETTER"}"""), 400, "sector");
		ApiClient.assertProblem(api().post(BASE + "/indicators", """
				{"code":"X2","name":"x","measure":"PEOPLE_AT_RISK_WITHIN_REACH","categories":["AMBUSH"],"target":0.5,
				 "direction":"HIGHER_IS_BETTER"}"""), 400, "categories");
		ApiClient.assertProblem(api().post(BASE + "/indicators", """
				{"code":"X3","name":"x","measure":"PEOPLE_AT_RISK_WITHIN_REACH","target":60,
				 "direction":"HIGHER_IS_BETTER"}"""), 400, "target");
		ApiClient.assertProblem(api().post(BASE + "/indicators", """
				{"code":"X4","name":"x","target":1,"direction":"HIGHER_IS_BETTER"}"""), 400, "measure");
		// Absurd values, a year without data, a target on the wrong side of the baseline.
		ApiClient.assertProblem(api().post(BASE + "/indicators", """
				{"code":"X5","name":"x","measure":"INCIDENTS","target":-1e300,"direction":"LOWER_IS_BETTER"}"""), 400,
				"target");
		ApiClient.assertProblem(api().post(BASE + "/indicators", """
				{"code":"X6","name":"x","measure":"ATTACKS_ON_CIVILIANS","baselineYear":1850,"target":3,
				 "direction":"LOWER_IS_BETTER"}"""), 400, "baselineYear");
		ApiClient.assertProblem(
				api().post(BASE + "/indicators",
						"""
								{"code":"X7","name":"x","measure":"PEACEKEEPERS_KILLED_BY_MALICIOUS_ACTS","baselineYear":1990,"target":1,
								 "direction":"LOWER_IS_BETTER"}"""),
				400, "baselineYear");
		HttpResponse<String> loose = api().post(BASE + "/indicators", """
				{"code":"X8","name":"x","measure":"ATTACKS_ON_CIVILIANS","baselineYear":2019,"target":6,
				 "direction":"LOWER_IS_BETTER"}""");
		ApiClient.assertProblem(loose, 400, "target");
		assertThat(loose.body()).contains("worse than the baseline 4.7 (2019's monthly mean)",
				"set the target at or below the baseline");
		assertThat(api().delete(BASE + "/indicators/" + indicator.get("id").asLong()).statusCode()).isEqualTo(204);
		assertThat(ApiClient.ok(api().get(BASE + "/indicators")).size()).isEqualTo(10);
	}

	@Test
	void theBrowsersReportIsAJobWhoseFileIsFetchedOnceDoneAndAudited() throws Exception {
		HttpResponse<String> started = api().post(BASE + "/reports/jobs?format=pdf&month=2020-12&lang=fr", "");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		JsonNode job = ApiClient.JSON.readTree(started.body());
		assertThat(job.get("fileName").asString()).isEqualTo("minusma-report-2020-12.pdf");
		String id = job.get("id").asString();
		// The same report asked for again while it is made is the same job.
		JsonNode again = ApiClient.JSON
			.readTree(api().post(BASE + "/reports/jobs?format=pdf&month=2020-12&lang=fr", "").body());
		assertThat(again.get("state").asString().equals("DONE") || again.get("id").asString().equals(id)).isTrue();
		for (int i = 0; i < 600 && !job.get("state").asString().equals("DONE"); i++) {
			assertThat(job.get("state").asString()).isIn("QUEUED", "RUNNING");
			Thread.sleep(100);
			job = ApiClient.ok(api().get(BASE + "/reports/jobs/" + id));
		}
		assertThat(job.get("state").asString()).isEqualTo("DONE");

		HttpResponse<byte[]> pdf = api().getBytes(BASE + "/reports/jobs/" + id + "/file");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains("minusma-report-2020-12.pdf");
		PdfReader reader = new PdfReader(pdf.body());
		assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("décembre 2020");
		JsonNode audit = ApiClient.ok(api().get("/api/v1/admin/audit?limit=1")).get(0);
		assertThat(audit.get("action").asString()).isEqualTo("export");
		assertThat(audit.get("after").asString()).contains("/reports/jobs/" + id + "/file");

		ApiClient.assertProblem(api().post(BASE + "/reports/jobs?format=docx&month=2020-12", ""), 400, "format");
		ApiClient.assertProblem(api().post(BASE + "/reports/jobs?format=pdf&month=2999-01", ""), 400, "month");
		assertThat(api().get(BASE + "/reports/jobs/no-such-job/file").statusCode()).isEqualTo(404);
		assertThat(api().get("/api/v1/missions/minusca/reports/jobs/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void theDecember2020ReportIsAReadablePdfWithAMapChartsAndAnAnnexTracingEachFigure() throws Exception {
		HttpResponse<byte[]> pdf = api().getBytes(BASE + "/reports/monthly.pdf?month=2020-12");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		PdfReader reader = new PdfReader(pdf.body());
		assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(4);
		PdfTextExtractor text = new PdfTextExtractor(reader);
		StringBuilder all = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			all.append(text.getTextFromPage(page)).append('\n');
		}
		// The first page a commander reads: the month's key figures, the summary and the
		// map.
		assertThat(text.getTextFromPage(1)).contains("MINUSMA - monthly report, December 2020", "Summary",
				"attacks on civilians", "peacekeepers who died", "people at risk within reach",
				"The month's incidents and the posture", "Dark line: the border");
		// The significant incidents, the deadliest first.
		JsonNode deadliest = ApiClient
			.ok(api().get(BASE + "/incidents?from=2020-12-01&to=2020-12-31&sort=KILLED&size=1"))
			.get("items")
			.get(0);
		String incidents = all.substring(all.indexOf("The month's significant incidents"));
		// Its day as the report's language writes days (5 Dec 2020).
		java.time.LocalDate day = java.time.LocalDate.parse(deadliest.get("occurredOn").asString());
		assertThat(incidents).contains(day.getDayOfMonth() + " Dec 2020");
		assertThat(all).contains("The deadliest first");
		// No title ends a page without its table: each is on the page of its column
		// names.
		Map<String, String> firstColumn = Map.of("The month's significant incidents", "Description",
				"Protection gap by sector", "Share of troops", "Indicators", "Baseline", "Early-warning alerts for",
				"Chance");
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			String onPage = text.getTextFromPage(page);
			List<String> lines = onPage.lines().map(String::trim).toList();
			firstColumn.forEach((title, column) -> {
				if (lines.stream().anyMatch(line -> line.startsWith(title) && line.length() < title.length() + 10)) {
					assertThat(onPage).as(title).contains(column);
				}
			});
		}
		assertThat(all).contains("Protection gap by sector", "Indicators", "POC-1",
				"Early-warning alerts for January 2021", "Annex", "UCDP");
		// The map and a chart per indicator with data, as images.
		String raw = new String(pdf.body(), StandardCharsets.ISO_8859_1);
		assertThat(raw.split("/Subtype/Image", -1).length - 1).isGreaterThanOrEqualTo(5);
		reader.close();

		HttpResponse<String> csv = api().get(BASE + "/reports/monthly.csv?month=2020-12");
		assertThat(csv.statusCode()).isEqualTo(200);
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder()
			.setHeader()
			.get()
			.parse(new java.io.StringReader(csv.body()))
			.getRecords();
		CSVRecord attacks = rows.stream()
			.filter(r -> r.get("section").equals("Summary") && r.get("figure").equals("attacks on civilians"))
			.findFirst()
			.orElseThrow();
		assertThat(Integer.parseInt(attacks.get("value")))
			.isEqualTo(ucdpAttacksByMonth().getOrDefault(YearMonth.of(2020, 12), 0));
		assertThat(attacks.get("source")).contains("December 2020");

		HttpResponse<String> html = api().get(BASE + "/reports/monthly.html?month=2020-12");
		assertThat(html.body()).contains("<h1>MINUSMA - monthly report, December 2020</h1>", "data:image/png;base64,");
		// Before the mission's first deployment map: the report says why there are no
		// alerts.
		assertThat(api().get(BASE + "/reports/monthly.html?month=2012-01").body())
			.contains("no deployment map was in force in January 2012", "No deployment map was in force");
		// In French when asked, or when it is the reader's language.
		String french = api().get(BASE + "/reports/monthly.html?month=2020-12&lang=fr").body();
		assertThat(french).contains("<h1>MINUSMA - rapport mensuel, décembre 2020</h1>",
				"Alertes précoces pour janvier 2021", "Annexe : chaque chiffre et sa provenance");
		assertThat(api().get(BASE + "/reports/monthly.csv?month=2020-12&lang=fr").body())
			.startsWith("mission,mois,section,chiffre,valeur,unité,source");
		ApiClient.assertProblem(api().get(BASE + "/reports/monthly.csv?month=2020-12&lang=sw"), 400, "lang");
		ApiClient.assertProblem(api().get(BASE + "/reports/monthly.pdf?month=December"), 400, "month");
		ApiClient.assertProblem(api().get(BASE + "/reports/monthly.pdf?month=2999-01"), 400, "month");
	}

	@Test
	void aCategoryCorrectedInTriageChangesTheDashboardAtOnce() throws Exception {
		// June 2017: no other test here reads it. The count of incidents stays the same,
		// so what is kept from the last dashboard must not be answered again.
		JsonNode before = byCode(ApiClient.ok(api().get(BASE + "/indicators/dashboard?month=2017-06&months=2")),
				"POC-1");
		JsonNode attacks = ApiClient.ok(api().get("/api/v1/missions/minusma/incidents"
				+ "?category=ATTACK_ON_CIVILIANS&from=2017-06-01&to=2017-06-30&size=1"));
		long total = attacks.get("total").asLong();
		assertThat(total).isPositive();
		assertThat(before.get("value").asDouble()).isEqualTo((double) total);
		JsonNode incident = attacks.get("items").get(0);
		HttpResponse<String> corrected = api().patch(
				"/api/v1/missions/minusma/incidents/" + incident.get("id").asLong(),
				"{\"version\":%d,\"category\":\"ARMED_CLASH\"}".formatted(incident.get("version").asInt()));
		assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
		JsonNode after = byCode(ApiClient.ok(api().get(BASE + "/indicators/dashboard?month=2017-06&months=2")),
				"POC-1");
		assertThat(after.get("value").asDouble()).isEqualTo(total - 1.0);
	}

	private static JsonNode byCode(JsonNode dashboard, String code) {
		for (JsonNode series : dashboard) {
			if (series.get("indicator").get("code").asString().equals(code)) {
				return series;
			}
		}
		throw new AssertionError("no indicator " + code);
	}

	/**
	 * UCDP one-sided violence (type 3) per month of its start, from the published file.
	 */
	@Test
	void importsTheUnRecordOfFatalitiesOncePerMissionAndRefusesOtherFilesSayingWhy() throws Exception {
		byte[] record = Files.readAllBytes(TestDatabases.sharedData("un_peacekeeping_fatalities.csv"));
		// The demo pack holds MINUSMA's rows already: the whole record adds nothing.
		HttpResponse<String> imported = api().upload(BASE + "/fatalities", record, "fatalities.csv");
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
		JsonNode again = ApiClient.JSON.readTree(imported.body());
		assertThat(again.get("rowsRead").asLong()).isEqualTo(4429);
		assertThat(again.get("stored").asLong()).isZero();
		assertThat(again.get("skipped").asLong()).isEqualTo(311);
		assertThat(again.get("otherMissions").asLong()).isEqualTo(4429 - 311);
		JsonNode years = ApiClient.ok(api().get(BASE + "/fatalities/by-year"));
		assertThat(years.get(0).get("year").asInt()).isEqualTo(2013);
		int total = 0;
		for (JsonNode year : years) {
			total += year.get("total").asInt();
			if (year.get("year").asInt() == 2019) {
				assertThat(year.get("maliciousActs").asInt()).isEqualTo(22);
			}
		}
		assertThat(total).isEqualTo(311);

		HttpResponse<String> ucdp = api().upload(BASE + "/fatalities",
				Files.readAllBytes(DemoPacks.file("minusma", "incidents-ucdp.csv")), "ucdp.csv");
		assertThat(ucdp.statusCode()).isEqualTo(400);
		assertThat(ucdp.body()).contains("not in the layout of the UN's record of peacekeeping fatalities",
				"incident_date");
		HttpResponse<String> bad = api().upload(BASE + "/fatalities", """
				incident_date,casualty_id,mission_acronym,type_of_incident
				2019-02-30,,MINUSMA,Malicious Act
				""".getBytes(StandardCharsets.UTF_8), "bad.csv");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("casualty_id", "is empty", "'2019-02-30' is not a date");
		// A header longer than any CSV's is refused as one, not failed on.
		HttpResponse<String> longHeader = api().upload(BASE + "/fatalities",
				("x".repeat(70_000) + "\n1\n").getBytes(StandardCharsets.UTF_8), "long.csv");
		assertThat(longHeader.statusCode()).isEqualTo(400);
		assertThat(longHeader.body()).contains("the header row is longer than 64 KB");
		assertThat(ApiClient.ok(api().get(BASE + "/fatalities/by-year")).size()).isEqualTo(years.size());
	}

	private static Map<YearMonth, Integer> unMaliciousDeathsByMonth(String mission) throws IOException {
		Map<YearMonth, Integer> counts = new HashMap<>();
		try (Reader reader = Files.newBufferedReader(TestDatabases.sharedData("un_peacekeeping_fatalities.csv"))) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().get().parse(reader)) {
				if (row.get("mission_acronym").equals(mission) && row.get("type_of_incident").equals("Malicious Act")) {
					counts.merge(YearMonth.from(LocalDate.parse(row.get("incident_date"))), 1, Integer::sum);
				}
			}
		}
		return counts;
	}

	private static Map<YearMonth, Integer> ucdpAttacksByMonth() throws IOException {
		Map<YearMonth, Integer> counts = new HashMap<>();
		try (Reader reader = Files.newBufferedReader(DemoPacks.file("minusma", "incidents-ucdp.csv"))) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().get().parse(reader)) {
				if (row.get("type_of_violence").equals("3")) {
					counts.merge(YearMonth.from(LocalDate.parse(row.get("date_start").substring(0, 10))), 1,
							Integer::sum);
				}
			}
		}
		return counts;
	}

}
