package org.bluehelmet.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bluehelmet.DemoPacks;
import org.bluehelmet.geo.BoundingBox;
import org.bluehelmet.geo.Position;
import org.bluehelmet.mission.DemoMission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What incident imports (and exports read back) must do on every supported database; each
 * subclass of {@link IncidentContract} points the application at one. The demo (with its
 * UCDP events) is loaded once per database; tests that add incidents use copies of 1990s
 * events with new ids and compare counts before and after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "bluehelmet.mission.load-demo=false")
abstract class IncidentImportContract {

	static final String MISSION = "minusma";

	@Autowired
	DemoMission demo;

	@Autowired
	IncidentImport imports;

	@Autowired
	IncidentService incidents;

	@Autowired
	IncidentTriage triage;

	@Autowired
	IncidentExport export;

	@Autowired
	ImportRecovery recovery;

	@Autowired
	IncidentCube cube;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbcClient;

	@Autowired
	org.bluehelmet.maintenance.IntegrityCheck integrity;

	@BeforeEach
	void loadDemo() {
		demo.loadIfEmpty();
	}

	@Test
	void theDemoHoldsEveryRealUcdpEvent() {
		IncidentPage all = incidents.search(IncidentFilter.of(MISSION).withSource(UcdpGedCsvReader.SOURCE), 0, 10);
		assertThat(all.total()).isGreaterThanOrEqualTo(DemoPacks.incidents("minusma"));
		assertThat(incidents
			.search(IncidentFilter.of(MISSION).between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)), 0, 10)
			.total()).isEqualTo(232);
	}

	@Test
	void keepsEveryFieldOfAnImportedEventIncludingWhatTheSourceDoesNotSay() {
		LocalDate day = LocalDate.of(1990, 6, 28);
		Incident attack = incidents.search(IncidentFilter.of(MISSION).between(day, day), 0, 100)
			.items()
			.stream()
			.filter(i -> i.report().sourceId().equals("11865"))
			.findFirst()
			.orElseThrow();
		NewIncident report = attack.report();
		assertThat(report.occurredUntil()).isEqualTo(LocalDate.of(1990, 8, 28));
		assertThat(report.occurredTime()).isNull();
		assertThat(report.casualties().killedCivilians()).isZero();
		assertThat(report.casualties().woundedOthers()).isNull();
		assertThat(report.casualties().killedPeacekeepers()).isNull();
		assertThat(report.perpetrator()).isEqualTo("Government of Mali");
		assertThat(report.description()).startsWith("Government of Mali - Civilians");
		assertThat(attack.createdBy()).isEqualTo("demo");
		assertThat(attack.createdAt()).isNotNull();
	}

	@Test
	void importingTheSameFileTwiceStoresNothingNew() throws IOException {
		long before = incidents.count(MISSION);
		ImportReport report;
		try (Reader reader = Files.newBufferedReader(UcdpTestFiles.realFile())) {
			report = imports.importFile(MISSION, reader, "again.csv", IncidentFormat.UCDP, false, "test", rows -> {
			});
		}
		assertThat(report.status()).isEqualTo(ImportReport.Status.STORED);
		assertThat(report.rowsRead()).isEqualTo(DemoPacks.incidents("minusma"));
		assertThat(report.stored()).isZero();
		assertThat(report.skipped()).isEqualTo(DemoPacks.incidents("minusma"));
		assertThat(incidents.count(MISSION)).isEqualTo(before);
	}

	@Test
	void incidentsThatACrashLeftOfAnUnfinishedImportAreRemovedAndTheCheckIsIntactAgain() {
		long before = incidents.count(MISSION);
		ImportReport report = importCsv(UcdpTestFiles.csv(newRows(3)), false);
		assertThat(report.status()).isEqualTo(ImportReport.Status.STORED);
		// What the embedded database once kept after a kill: rows of an import still
		// RUNNING, found when the server starts again a while later.
		jdbcClient.sql("UPDATE incident_import SET status = 'RUNNING', started_at = ? WHERE id = ?")
			.params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600)), report.importId())
			.update();
		assertThat(integrity.run().problems()).singleElement()
			.asString()
			.contains("unfinished imports that left incidents behind");

		assertThat(recovery.removeLeftovers()).isEqualTo(3);

		assertThat(incidents.count(MISSION)).isEqualTo(before);
		assertThat(integrity.run().intact()).isTrue();
		assertThat(recovery.removeLeftovers()).isZero();
	}

	@Test
	void aFileWithOneBadRowStoresNothingAndNamesTheRow() {
		List<Map<String, String>> rows = newRows(3);
		rows.add(UcdpTestFiles.with(rows.get(0), "id", "bad-" + UUID.randomUUID(), "longitude", "east"));
		long before = incidents.count(MISSION);
		ImportReport report = importCsv(UcdpTestFiles.csv(rows), false);
		assertThat(report.status()).isEqualTo(ImportReport.Status.REJECTED);
		assertThat(report.stored()).isZero();
		assertThat(report.rejected()).isEqualTo(1);
		assertThat(report.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo("longitude");
			assertThat(problem.line()).isGreaterThan(4);
		});
		assertThat(incidents.count(MISSION)).isEqualTo(before);
	}

	@Test
	void aFileOfSeveralBatchesIsStoredWholeOrNotAtAllWhateverItsSources() {
		// Every real event with a new id, the last row bad: the rows streamed to the
		// database before it (more than one batch) must go too.
		List<Map<String, String>> rows = new ArrayList<>();
		for (Map<String, String> row : UcdpTestFiles.realRows(r -> true)) {
			rows.add(UcdpTestFiles.with(row, "id", "big-" + UUID.randomUUID()));
		}
		assertThat(rows).as("more rows than a batch").hasSizeGreaterThan(1000);
		rows.add(UcdpTestFiles.with(rows.get(0), "id", "bad-" + UUID.randomUUID(), "latitude", "north"));
		long before = incidents.count(MISSION);
		ImportReport rejected = importCsv(UcdpTestFiles.csv(rows), false);
		assertThat(rejected.status()).isEqualTo(ImportReport.Status.REJECTED);
		assertThat(incidents.count(MISSION)).isEqualTo(before);

		// A file whose second source begins after the first batch: its stored ids are
		// read between two batches, and every row of both sources is stored.
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.csv(IncidentFilter.of(MISSION).withSource(UcdpGedCsvReader.SOURCE), false, out);
		String exported = out.toString(StandardCharsets.UTF_8);
		long events = incidents.search(IncidentFilter.of(MISSION).withSource(UcdpGedCsvReader.SOURCE), 0, 1).total();
		int split = exported.indexOf(",UCDP GED,");
		for (int row = 0; row < 1100; row++) {
			split = exported.indexOf(",UCDP GED,", split + 1);
		}
		String twoSources = exported.substring(0, split).replace(",UCDP GED,", ",Sector West JOC,")
				+ exported.substring(split).replace(",UCDP GED,", ",Sector East JOC,");
		ImportReport stored = imports.importFile(MISSION, new StringReader(twoSources), "two.csv",
				IncidentFormat.NATIVE, false, "test", read -> {
				});
		assertThat(stored.problems()).isEmpty();
		assertThat(stored.stored()).isEqualTo(events);
		assertThat(incidents.count(MISSION)).isEqualTo(before + events);
		assertThat(incidents.search(IncidentFilter.of(MISSION).withSource("Sector East JOC"), 0, 1).total())
			.isEqualTo(events - 1100);

		// The other tests count the demo's events: these copies go.
		jdbcClient.sql("DELETE FROM incident WHERE source IN ('Sector West JOC', 'Sector East JOC')").update();
		cube.changed(MISSION);
	}

	@Test
	void storesTheGoodRowsWhenAskedToSkipBadOnes() {
		List<Map<String, String>> rows = newRows(3);
		rows.add(UcdpTestFiles.with(rows.get(0), "id", "bad-" + UUID.randomUUID(), "date_start", "soon"));
		long before = incidents.count(MISSION);
		ImportReport report = importCsv(UcdpTestFiles.csv(rows), true);
		assertThat(report.status()).isEqualTo(ImportReport.Status.STORED);
		assertThat(report.stored()).isEqualTo(3);
		assertThat(report.rejected()).isEqualTo(1);
		assertThat(incidents.count(MISSION)).isEqualTo(before + 3);
	}

	@Test
	void storesARowRepeatedInOneFileOnce() {
		List<Map<String, String>> rows = newRows(2);
		rows.add(rows.get(1));
		ImportReport report = importCsv(UcdpTestFiles.csv(rows), false);
		assertThat(report.stored()).isEqualTo(2);
		assertThat(report.skipped()).isEqualTo(1);
	}

	@Test
	void derivesCellAndSectorFromThePosition() {
		Map<String, String> gao = UcdpTestFiles.with(newRows(1).get(0), "latitude", "16.27", "longitude", "-0.04");
		importCsv(UcdpTestFiles.csv(List.of(gao)), false);
		LocalDate day = LocalDate.parse(gao.get("date_start").substring(0, 10));
		Incident stored = incidents
			.search(IncidentFilter.of(MISSION)
				.withSource(UcdpGedCsvReader.SOURCE)
				.inBox(new BoundingBox(-0.05, 16.26, -0.03, 16.28))
				.between(day, day), 0, 100)
			.items()
			.stream()
			.filter(i -> i.report().sourceId().equals(gao.get("id")))
			.findFirst()
			.orElseThrow();
		assertThat(stored.gid()).isEqualTo(153000);
		assertThat(stored.sector()).isEqualTo("East");
		assertThat(stored.status()).isEqualTo(TriageStatus.REPORTED);
	}

	@Test
	void importsItsOwnExportAgainUnchanged() {
		IncidentFilter early = IncidentFilter.of(MISSION)
			.between(LocalDate.of(1990, 1, 1), LocalDate.of(1994, 12, 31))
			.withSource(UcdpGedCsvReader.SOURCE);
		long events = incidents.search(early, 0, 1).total();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.csv(early, false, out);
		String exported = out.toString(StandardCharsets.UTF_8);
		ImportReport again = imports.importFile(MISSION, new StringReader(exported), "export.csv",
				IncidentFormat.NATIVE, false, "test", rows -> {
				});
		assertThat(again.rejected()).as(again.problems().toString()).isZero();
		assertThat(again.skipped()).isEqualTo(events);
		assertThat(again.stored()).isZero();

		// The same rows as another source's reports: stored, each flagged as the same as
		// its original.
		String relabelled = exported.replace(",UCDP GED,", ",Sector East JOC,");
		ImportReport copy = imports.importFile(MISSION, new StringReader(relabelled), "joc.csv", IncidentFormat.NATIVE,
				false, "test", rows -> {
				});
		assertThat(copy.stored()).isEqualTo(events);
		assertThat(copy.suspectedDuplicates()).isEqualTo(events);
		Incident original = incidents.search(early, 0, 1).items().get(0);
		Incident twin = incidents
			.search(IncidentFilter.of(MISSION)
				.between(original.report().occurredOn(), original.report().occurredOn())
				.withSource("Sector East JOC"), 0, 100)
			.items()
			.stream()
			.filter(i -> i.report().sourceId().equals(original.report().sourceId()))
			.findFirst()
			.orElseThrow();
		assertThat(twin.report().casualties()).isEqualTo(original.report().casualties());
		assertThat(twin.report().category()).isEqualTo(original.report().category());
		assertThat(twin.report().occurredUntil()).isEqualTo(original.report().occurredUntil());
		assertThat(twin.gid()).isEqualTo(original.gid());
	}

	@Test
	void keepsPersonalDataAndExportsItOnlyWhenAsked() {
		NewIncident plain = report("Mopti JOC", LocalDate.of(2021, 2, 14), new Position(-3.9, 14.3),
				IncidentCategory.ATTACK_ON_CIVILIANS);
		NewIncident named = new NewIncident(plain.source(), plain.sourceId(), plain.occurredOn(), null, null,
				TimePrecision.DAY, plain.position(), PositionPrecision.NEAR, "Ogossagou", plain.category(),
				plain.target(), null, null, Casualties.NONE_RECORDED, "Village attacked at dawn", PersonalData
					.of("Amadou D., Fatoumata B.", "the village chief", "a herder from Sare", "Informant at risk"));
		Incident stored = incidents.create(MISSION, named, "ops");
		assertThat(incidents.incident(MISSION, stored.id()).report().personal()).isEqualTo(named.personal());
		assertThat(stored.withoutPersonalData().report().personal()).isNull();

		IncidentFilter thatDay = IncidentFilter.of(MISSION)
			.between(plain.occurredOn(), plain.occurredOn())
			.withSource("Mopti JOC");
		ByteArrayOutputStream full = new ByteArrayOutputStream();
		export.csv(thatDay, true, full);
		assertThat(full.toString(StandardCharsets.UTF_8)).contains("victims", "#affected+name", "Amadou D.",
				"Informant at risk");
		ByteArrayOutputStream open = new ByteArrayOutputStream();
		export.csv(thatDay, false, open);
		assertThat(open.toString(StandardCharsets.UTF_8)).contains("Village attacked at dawn")
			.doesNotContain("victims")
			.doesNotContain("Amadou")
			.doesNotContain("herder");
		ByteArrayOutputStream geo = new ByteArrayOutputStream();
		export.geoJson(thatDay, false, geo);
		assertThat(geo.toString(StandardCharsets.UTF_8)).contains("Ogossagou").doesNotContain("Amadou");

		String relabelled = full.toString(StandardCharsets.UTF_8).replace(",Mopti JOC,", ",Mopti JOC copy,");
		ImportReport copy = imports.importFile(MISSION, new StringReader(relabelled), "copy.csv", IncidentFormat.NATIVE,
				false, "test", rows -> {
				});
		assertThat(copy.stored()).isEqualTo(1);
		Incident twin = incidents.search(thatDay.withSource("Mopti JOC copy"), 0, 1).items().get(0);
		assertThat(twin.report().personal()).isEqualTo(named.personal());
	}

	@Test
	void importsItsOwnGeoJsonExportAgain() {
		IncidentFilter early = IncidentFilter.of(MISSION)
			.between(LocalDate.of(1995, 1, 1), LocalDate.of(1999, 12, 31))
			.withSource(UcdpGedCsvReader.SOURCE);
		long events = incidents.search(early, 0, 1).total();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.geoJson(early, false, out);
		String relabelled = out.toString(StandardCharsets.UTF_8)
			.replace("\"source\":\"UCDP GED\"", "\"source\":\"GeoJSON JOC\"");
		ImportReport copy = imports.importFile(MISSION, new StringReader(relabelled), "joc.geojson",
				IncidentFormat.GEOJSON, false, "test", rows -> {
				});
		assertThat(copy.rejected()).as(copy.problems().toString()).isZero();
		assertThat(copy.stored()).isEqualTo(events);
		assertThat(copy.suspectedDuplicates()).isEqualTo(events);
	}

	static List<CSVRecord> readCsv(String csv) {
		try {
			return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Incident logged() {
		return incidents.create(MISSION,
				report("JOC", LocalDate.of(1996, 3, 1), new Position(-3.9, 14.6), IncidentCategory.OTHER), "officer");
	}

	/** Copies of real 1990s events with fresh ids. */
	static List<Map<String, String>> newRows(int count) {
		List<Map<String, String>> rows = new ArrayList<>();
		for (Map<String, String> row : UcdpTestFiles.realRows(r -> r.get("year").startsWith("199")).subList(0, count)) {
			rows.add(UcdpTestFiles.with(row, "id", "test-" + UUID.randomUUID()));
		}
		return rows;
	}

	ImportReport importCsv(String csv, boolean skipBadRows) {
		return imports.importFile(MISSION, new StringReader(csv), "test.csv", IncidentFormat.UCDP, skipBadRows, "test",
				rows -> {
				});
	}

	static NewIncident report(String source, LocalDate day, Position where, IncidentCategory category) {
		return new NewIncident(source, UUID.randomUUID().toString(), day, null, null, TimePrecision.DAY, where,
				PositionPrecision.NEAR, "test", category, Target.CIVILIANS, null, null, Casualties.NONE_RECORDED,
				"a test report", null);
	}

}
