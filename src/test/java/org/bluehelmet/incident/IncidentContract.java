package org.bluehelmet.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.bluehelmet.geo.BoundingBox;
import org.bluehelmet.geo.Position;
import org.bluehelmet.system.ConflictException;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.system.NotFoundException;
import org.junit.jupiter.api.Test;

/**
 * What incident queries, triage and exports must do on every supported database, beside
 * what its imports must ({@link IncidentImportContract}, in the same application); each
 * subclass points the application at one.
 */
abstract class IncidentContract extends IncidentImportContract {

	@Test
	void flagsAReportOfAnotherSourceOnTheSameDayNearbyAsASuspectedDuplicate() {
		// On a day of its own: other tests log reports near the same first 1990s event.
		Map<String, String> first = newRows(1).get(0);
		Map<String, String> row = UcdpTestFiles.with(first, "date_start",
				"1993-02-17" + first.get("date_start").substring(10), "date_end",
				"1993-02-17" + first.get("date_end").substring(10));
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

}
