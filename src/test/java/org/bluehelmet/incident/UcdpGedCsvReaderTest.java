package org.bluehelmet.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bluehelmet.DemoPacks;
import org.bluehelmet.geo.CsvRecords;
import org.junit.jupiter.api.Test;

class UcdpGedCsvReaderTest {

	@Test
	void readsEveryEventOfTheRealFile() throws IOException {
		List<NewIncident> incidents = new ArrayList<>();
		CsvRecords.Outcome outcome;
		try (Reader reader = Files.newBufferedReader(UcdpTestFiles.realFile())) {
			outcome = UcdpGedCsvReader.read(reader, (incident, line) -> incidents.add(incident));
		}
		assertThat(outcome.rows()).isEqualTo(DemoPacks.incidents("minusma"));
		assertThat(outcome.badRows()).isZero();
		assertThat(incidents).hasSize(DemoPacks.incidents("minusma"));
		assertThat(incidents.stream().filter(i -> i.category() == IncidentCategory.ATTACK_ON_CIVILIANS)).hasSize(339);
	}

	@Test
	void mapsAStateBasedEvent() {
		NewIncident clash = only("12993");
		assertThat(clash.source()).isEqualTo("UCDP GED");
		assertThat(clash.category()).isEqualTo(IncidentCategory.ARMED_CLASH);
		assertThat(clash.target()).isEqualTo(Target.NATIONAL_FORCES);
		assertThat(clash.occurredOn()).isEqualTo(LocalDate.of(1990, 6, 28));
		assertThat(clash.occurredUntil()).isNull();
		assertThat(clash.timePrecision()).isEqualTo(TimePrecision.DAY);
		assertThat(clash.positionPrecision()).isEqualTo(PositionPrecision.EXACT);
		assertThat(clash.perpetrator()).isEqualTo("Government of Mali");
		assertThat(clash.otherSide()).isEqualTo("MPA");
		assertThat(clash.casualties().killed()).isEqualTo(4);
		assertThat(clash.casualties().killedCivilians()).isZero();
		assertThat(clash.casualties().woundedOthers()).isNull();
	}

	@Test
	void mapsOneSidedViolenceWithASpanAndACoarsePosition() {
		NewIncident attack = only("11865");
		assertThat(attack.category()).isEqualTo(IncidentCategory.ATTACK_ON_CIVILIANS);
		assertThat(attack.target()).isEqualTo(Target.CIVILIANS);
		assertThat(attack.occurredUntil()).isEqualTo(LocalDate.of(1990, 8, 28));
		assertThat(attack.timePrecision()).isEqualTo(TimePrecision.YEAR);
		assertThat(attack.positionPrecision()).isEqualTo(PositionPrecision.REGION);
	}

	@Test
	void reportsBadRowsByTheLineTheyStartOnAfterMultiLineFields() {
		List<Map<String, String>> rows = new ArrayList<>(
				UcdpTestFiles.realRows(r -> r.get("source_article").contains("\n")).subList(0, 2));
		rows.add(UcdpTestFiles.with(rows.get(0), "id", "x1", "type_of_violence", "9"));
		rows.add(UcdpTestFiles.with(rows.get(0), "id", "x2", "latitude", "95"));
		rows.add(UcdpTestFiles.with(rows.get(0), "id", "x3", "date_start", "yesterday"));
		String csv = UcdpTestFiles.csv(rows);
		List<NewIncident> good = new ArrayList<>();
		CsvRecords.Outcome outcome = UcdpGedCsvReader.read(new StringReader(csv),
				(incident, line) -> good.add(incident));
		assertThat(good).hasSize(2);
		assertThat(outcome.badRows()).isEqualTo(3);
		// The bad rows are copies of the first row: each spans as many lines as it does.
		long linesPerRow = UcdpTestFiles.csv(rows.subList(0, 1)).lines().count() - 1;
		assertThat(outcome.problems()).extracting(p -> p.field())
			.containsExactly("type_of_violence", "latitude", "date_start");
		// Each row spans several lines: the first bad row starts after the header and two
		// good rows.
		assertThat(outcome.problems().get(0).line()).isGreaterThan(3);
		assertThat(outcome.problems().get(1).line() - outcome.problems().get(0).line()).isEqualTo(linesPerRow);
	}

	private static NewIncident only(String id) {
		String csv = UcdpTestFiles.csv(UcdpTestFiles.realRows(row -> row.get("id").equals(id)));
		List<NewIncident> incidents = new ArrayList<>();
		UcdpGedCsvReader.read(new StringReader(csv), (incident, line) -> incidents.add(incident));
		assertThat(incidents).hasSize(1);
		return incidents.get(0);
	}

}
