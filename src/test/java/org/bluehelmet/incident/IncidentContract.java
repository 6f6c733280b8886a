package org.bluehelmet.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bluehelmet.TestDatabases;
import org.bluehelmet.geo.BoundingBox;
import org.bluehelmet.geo.Position;
import org.bluehelmet.mission.DemoMission;
import org.bluehelmet.system.ConflictException;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.system.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What incident imports, queries and triage must do on every supported database; each
 * subclass points the application at one. The demo (with its 1,393 UCDP events) is loaded
 * once per database; tests that add incidents use copies of 1990s events with new ids and
 * compare counts before and after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "bluehelmet.mission.load-demo=false")
abstract class IncidentContract {

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
		assertThat(all.total()).isGreaterThanOrEqualTo(1393);
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
		try (Reader reader = Files.newBufferedReader(TestDatabases.sharedData(UcdpTestFiles.REAL_FILE))) {
			report = imports.importFile(MISSION, reader, "again.csv", IncidentFormat.UCDP, false, "test", rows -> {
			});
		}
		assertThat(report.status()).isEqualTo(ImportReport.Status.STORED);
		assertThat(report.rowsRead()).isEqualTo(1393);
		assertThat(report.stored()).isZero();
		assertThat(report.skipped()).isEqualTo(1393);
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
	void flagsAReportOfAnotherSourceOnTheSameDayNearbyAsASuspectedDuplicate() {
		Map<String, String> row = newRows(1).get(0);
		LocalDate day = LocalDate.parse(row.get("date_start").substring(0, 10));
		Position where = new Position(Double.parseDouble(row.get("longitude")),
				Double.parseDouble(row.get("latitude")));
		IncidentCategory category = SourceCategories.fromUcdp(Integer.parseInt(row.get("type_of_violence"))).category();
		Incident joc = incidents.create(MISSION,
				report("JOC", day, new Position(where.lon() + 0.02, where.lat()), category), "officer");
		Incident far = incidents.create(MISSION,
				report("JOC", day, new Position(where.lon() + 0.5, where.lat()), category), "officer");
		ImportReport report = importCsv(UcdpTestFiles.csv(List.of(row)), false);
		assertThat(report.suspectedDuplicates()).isEqualTo(1);
		Incident imported = incidents.search(IncidentFilter.of(MISSION).between(day, day), 0, 100)
			.items()
			.stream()
			.filter(i -> i.report().sourceId().equals(row.get("id")))
			.findFirst()
			.orElseThrow();
		assertThat(imported.suspectedDuplicateOf()).isEqualTo(joc.id());
		assertThat(far.suspectedDuplicateOf()).isNull();
	}

	@Test
	void refusesToLogTheSameSourceIdTwice() {
		NewIncident report = report("JOC", LocalDate.of(1995, 1, 1), new Position(-4, 14.5), IncidentCategory.OTHER);
		incidents.create(MISSION, report, "officer");
		assertThatThrownBy(() -> incidents.create(MISSION, report, "officer")).isInstanceOf(ConflictException.class);
	}

	@Test
	void showsSectorCentresShareOfAttacksOnCiviliansIn2020AgainstItsShareOfTroops() {
		List<ProtectionGap> gap = incidents.protectionGap(MISSION, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
				YearMonth.of(2020, 12));
		assertThat(gap).extracting(ProtectionGap::sector).containsExactly("North", "East", "West", "Centre", "Other");
		assertThat(gap.stream().mapToLong(ProtectionGap::attacksOnCivilians).sum()).isEqualTo(68);
		ProtectionGap centre = gap.get(3);
		assertThat(centre.troops()).isEqualTo(2985);
		assertThat(centre.troopShare()).isCloseTo(2985.0 / 19525, offset(1e-9));
		assertThat(centre.attacksOnCivilians()).isBetween(50L, 60L);
		assertThat(centre.attackShare()).isGreaterThan(0.7);
		assertThat(centre.gap()).isGreaterThan(0.5);
	}

	@Test
	void countsIncidentsAndDeathsPerSectorAndMonth() {
		IncidentFilter year2020 = IncidentFilter.of(MISSION)
			.between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
		List<AreaMonthCount> counts = incidents.countsBySectorAndMonth(year2020);
		assertThat(counts.stream().mapToLong(AreaMonthCount::incidents).sum()).isEqualTo(232);
		assertThat(counts).allSatisfy(c -> assertThat(c.month().getYear()).isEqualTo(2020));
		List<AreaMonthCount> cells = incidents.countsByCellAndMonth(year2020);
		assertThat(cells.stream().mapToLong(AreaMonthCount::incidents).sum()).isEqualTo(232);
		assertThat(cells.stream().mapToLong(AreaMonthCount::killed).sum())
			.isEqualTo(counts.stream().mapToLong(AreaMonthCount::killed).sum());
	}

	@Test
	void filtersByCategoryTargetAndPeriodAndPagesNewestFirst() {
		IncidentFilter attacks = IncidentFilter.of(MISSION)
			.between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
			.withCategories(Set.of(IncidentCategory.ATTACK_ON_CIVILIANS));
		IncidentPage first = incidents.search(attacks, 0, 50);
		IncidentPage second = incidents.search(attacks, 1, 50);
		assertThat(first.total()).isEqualTo(68);
		assertThat(first.items()).hasSize(50);
		assertThat(second.items()).hasSize(18);
		assertThat(first.items().get(0).report().occurredOn())
			.isAfterOrEqualTo(first.items().get(49).report().occurredOn());
		assertThat(first.items()).allSatisfy(i -> assertThat(i.report().target()).isEqualTo(Target.CIVILIANS));
	}

	@Test
	void walksAnIncidentThroughTriageKeepingEveryChange() {
		Incident logged = logged();
		Incident inReview = triage.update(MISSION, logged.id(),
				new TriageUpdate(0, TriageStatus.IN_REVIEW, Priority.HIGH, "analyst1", null, null, null, null),
				"chief");
		assertThat(inReview.version()).isEqualTo(1);
		assertThat(inReview.assignee()).isEqualTo("analyst1");
		Incident verified = triage.update(MISSION, logged.id(), new TriageUpdate(1, TriageStatus.VERIFIED, null, null,
				null, IncidentCategory.EXPLOSIVE_DEVICE, Target.UN, null), "analyst1");
		Incident closed = triage.update(MISSION, logged.id(),
				new TriageUpdate(2, TriageStatus.CLOSED, null, "", null, null, null, null), "analyst1");
		assertThat(closed.status()).isEqualTo(TriageStatus.CLOSED);
		assertThat(closed.assignee()).isNull();
		assertThat(verified.report().category()).isEqualTo(IncidentCategory.EXPLOSIVE_DEVICE);
		assertThat(triage.history(MISSION, logged.id()))
			.extracting(IncidentChange::field, IncidentChange::newValue, IncidentChange::changedBy)
			.containsExactly(tuple("status", "IN_REVIEW", "chief"), tuple("priority", "HIGH", "chief"),
					tuple("assignee", "analyst1", "chief"), tuple("status", "VERIFIED", "analyst1"),
					tuple("category", "EXPLOSIVE_DEVICE", "analyst1"), tuple("target", "UN", "analyst1"),
					tuple("status", "CLOSED", "analyst1"), tuple("assignee", null, "analyst1"));
	}

	@Test
	void refusesTheSecondOfTwoSavesOfTheSameVersion() {
		Incident logged = logged();
		triage.update(MISSION, logged.id(), new TriageUpdate(0, null, Priority.URGENT, null, null, null, null, null),
				"first");
		assertThatThrownBy(() -> triage.update(MISSION, logged.id(),
				new TriageUpdate(0, null, Priority.LOW, null, null, null, null, null), "second"))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("changed by someone else");
		assertThat(incidents.incident(MISSION, logged.id()).priority()).isEqualTo(Priority.URGENT);
	}

	@Test
	void refusesAStatusThatCannotFollowTheCurrentOne() {
		Incident logged = logged();
		assertThatThrownBy(() -> triage.update(MISSION, logged.id(),
				new TriageUpdate(0, TriageStatus.CLOSED, null, null, null, null, null, null), "chief"))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("cannot become CLOSED");
		assertThat(incidents.incident(MISSION, logged.id()).version()).isZero();
	}

	@Test
	void marksADuplicateOnlyWithAnotherIncidentAsItsOriginal() {
		Incident original = logged();
		Incident copy = logged();
		TriageUpdate withoutOriginal = new TriageUpdate(0, TriageStatus.DUPLICATE, null, null, null, null, null, null);
		assertThatThrownBy(() -> triage.update(MISSION, copy.id(), withoutOriginal, "chief"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("duplicateOf"));
		assertThatThrownBy(() -> triage.update(MISSION, copy.id(),
				new TriageUpdate(0, TriageStatus.DUPLICATE, null, null, copy.id(), null, null, null), "chief"))
			.isInstanceOf(InvalidInputException.class);
		Incident duplicate = triage.update(MISSION, copy.id(),
				new TriageUpdate(0, TriageStatus.DUPLICATE, null, null, original.id(), null, null, null), "chief");
		assertThat(duplicate.duplicateOf()).isEqualTo(original.id());
		Incident reopened = triage.update(MISSION, copy.id(),
				new TriageUpdate(1, TriageStatus.IN_REVIEW, null, null, null, null, null, null), "chief");
		assertThat(reopened.duplicateOf()).isNull();
	}

	@Test
	void keepsCommentsAndDeletesWithEverythingAttached() {
		Incident original = logged();
		Incident copy = logged();
		triage.update(MISSION, copy.id(),
				new TriageUpdate(0, TriageStatus.DUPLICATE, null, null, original.id(), null, null, null), "chief");
		triage.comment(MISSION, original.id(), "Confirmed by the company commander", "chief");
		assertThat(triage.comments(MISSION, original.id())).extracting(IncidentComment::text, IncidentComment::author)
			.containsExactly(tuple("Confirmed by the company commander", "chief"));
		triage.delete(MISSION, original.id(), "chief");
		assertThatThrownBy(() -> incidents.incident(MISSION, original.id())).isInstanceOf(NotFoundException.class);
		assertThat(incidents.incident(MISSION, copy.id()).duplicateOf()).isNull();
	}

	@Test
	void exportsEveryIncidentOfAFilterStreamingFromTheDatabase() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.csv(IncidentFilter.of(MISSION).between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)), false,
				out);
		List<CSVRecord> rows = readCsv(out.toString(StandardCharsets.UTF_8));
		// Header, HXL row, and one record per incident (descriptions may span lines).
		assertThat(rows).hasSize(2 + 232);
		assertThat(rows.get(1).get(0)).isEqualTo("#event+id");
		assertThat(rows.get(0).get(3)).isEqualTo("occurred_on");
		assertThat(rows.get(2).get(3)).startsWith("2020-");
	}

	private static List<CSVRecord> readCsv(String csv) {
		try {
			return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void countsCellsFromMemoryExactlyAsTheDatabaseDoes() {
		List<BoundingBox> boxes = java.util.Arrays.asList(null, new BoundingBox(-4.5, 13.5, -2.5, 15.5),
				new BoundingBox(-0.3, 16.0, 0.2, 16.4), new BoundingBox(-12.5, 10, 4.5, 25.5),
				new BoundingBox(10, 10, 11, 11));
		List<LocalDate[]> periods = List.of(new LocalDate[] { null, null },
				new LocalDate[] { LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31) },
				new LocalDate[] { LocalDate.of(2012, 3, 15), LocalDate.of(2012, 3, 15) });
		List<Set<IncidentCategory>> categories = List.of(Set.of(), Set.of(IncidentCategory.ATTACK_ON_CIVILIANS));
		for (BoundingBox box : boxes) {
			for (LocalDate[] period : periods) {
				for (Set<IncidentCategory> only : categories) {
					assertThat(incidents.cellCounts(MISSION, box, period[0], period[1], only))
						.as("box %s, period %s to %s, %s", box, period[0], period[1], only)
						.isEqualTo(incidents.cellCountsFromDatabase(MISSION, box, period[0], period[1], only));
				}
			}
		}
		List<CellCount> year2020 = incidents.cellCounts(MISSION, null, LocalDate.of(2020, 1, 1),
				LocalDate.of(2020, 12, 31), Set.of());
		assertThat(year2020.stream().mapToLong(CellCount::incidents).sum()).isEqualTo(232);
	}

	@Test
	void seesNewChangedAndDeletedIncidentsInTheCellCounts() {
		BoundingBox aroundTheCell = new BoundingBox(-3.95, 14.55, -3.85, 14.65);
		LocalDate day = LocalDate.of(1996, 3, 1);
		long before = cellTotal(aroundTheCell, day, Set.of());
		Incident logged = logged();
		assertThat(cellTotal(aroundTheCell, day, Set.of())).isEqualTo(before + 1);
		triage.update(MISSION, logged.id(),
				new TriageUpdate(0, null, null, null, null, IncidentCategory.ABDUCTION, null, null), "chief");
		assertThat(cellTotal(aroundTheCell, day, Set.of(IncidentCategory.ABDUCTION))).isPositive();
		triage.delete(MISSION, logged.id(), "chief");
		assertThat(cellTotal(aroundTheCell, day, Set.of())).isEqualTo(before);
	}

	private long cellTotal(BoundingBox box, LocalDate day, Set<IncidentCategory> only) {
		return incidents.cellCounts(MISSION, box, day, day, only).stream().mapToLong(CellCount::incidents).sum();
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
	void marksIncidentsUnreadUntilOpenedAndAgainWhenChanged() {
		Incident logged = logged();
		IncidentFilter thatDay = IncidentFilter.of(MISSION)
			.between(logged.report().occurredOn(), logged.report().occurredOn());
		assertThat(incidents.searchFor("analyst1", thatDay, 0, 100).unread()).contains(logged.id());
		incidents.open(MISSION, logged.id(), "analyst1");
		assertThat(incidents.searchFor("analyst1", thatDay, 0, 100).unread()).doesNotContain(logged.id());
		assertThat(incidents.searchFor("analyst2", thatDay, 0, 100).unread()).contains(logged.id());
		triage.update(MISSION, logged.id(),
				new TriageUpdate(0, TriageStatus.IN_REVIEW, null, null, null, null, null, null), "analyst2");
		assertThat(incidents.searchFor("analyst1", thatDay, 0, 100).unread()).contains(logged.id());
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

	private Incident logged() {
		return incidents.create(MISSION,
				report("JOC", LocalDate.of(1996, 3, 1), new Position(-3.9, 14.6), IncidentCategory.OTHER), "officer");
	}

	/** Copies of real 1990s events with fresh ids. */
	private static List<Map<String, String>> newRows(int count) {
		List<Map<String, String>> rows = new ArrayList<>();
		for (Map<String, String> row : UcdpTestFiles.realRows(r -> r.get("year").startsWith("199")).subList(0, count)) {
			rows.add(UcdpTestFiles.with(row, "id", "test-" + UUID.randomUUID()));
		}
		return rows;
	}

	private ImportReport importCsv(String csv, boolean skipBadRows) {
		return imports.importFile(MISSION, new StringReader(csv), "test.csv", IncidentFormat.UCDP, skipBadRows, "test",
				rows -> {
				});
	}

	private static NewIncident report(String source, LocalDate day, Position where, IncidentCategory category) {
		return new NewIncident(source, UUID.randomUUID().toString(), day, null, null, TimePrecision.DAY, where,
				PositionPrecision.NEAR, "test", category, Target.CIVILIANS, null, null, Casualties.NONE_RECORDED,
				"a test report", null);
	}

}
