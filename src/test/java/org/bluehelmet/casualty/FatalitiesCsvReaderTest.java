package org.bluehelmet.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bluehelmet.TestDatabases;
import org.bluehelmet.geo.CsvRecords;
import org.junit.jupiter.api.Test;

/** The UN's record of peacekeeping fatalities, read as the UN publishes it. */
class FatalitiesCsvReaderTest {

	@Test
	void readsTheWholeRecordAndGivesTheFigureOfNovember2017() throws IOException {
		List<PeacekeeperFatality> all = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(TestDatabases.sharedData("un_peacekeeping_fatalities.csv"))) {
			CsvRecords.Outcome outcome = FatalitiesCsvReader.read(reader, (row, line) -> all.add(row));
			assertThat(outcome.hasProblems()).as(outcome.problems().toString()).isFalse();
		}
		assertThat(all).hasSize(4429);
		// At the UN's Vancouver meeting (November 2017): of the peacekeepers killed by
		// malicious acts from January 2013 to September 2017, 86 served with MINUSMA
		// (the speech said 170 in all; the record now holds 177).
		List<PeacekeeperFatality> malicious = all.stream()
			.filter(PeacekeeperFatality::malicious)
			.filter(f -> !f.day().isBefore(LocalDate.of(2013, 1, 1)) && !f.day().isAfter(LocalDate.of(2017, 9, 30)))
			.toList();
		assertThat(malicious).hasSize(177);
		assertThat(malicious.stream().filter(f -> f.mission().equals("MINUSMA"))).hasSize(86);
	}

	@Test
	void namesEveryProblemOfABadRow() {
		String csv = """
				incident_date,casualty_id,mission_acronym,type_of_incident,last_update
				2019-02-30,,MINUSMA,Malicious Act,yesterday
				""";
		CsvRecords.Outcome outcome = FatalitiesCsvReader.read(new StringReader(csv), (row, line) -> {
		});
		assertThat(outcome.badRows()).isEqualTo(1);
		assertThat(outcome.problems()).extracting(Object::toString)
			.containsExactly("line 2, casualty_id: is empty",
					"line 2, incident_date: '2019-02-30' is not a date " + "(YYYY-MM-DD)",
					"line 2, last_update: 'yesterday' is not a date (YYYY-MM-DD)");
	}

}
