package org.bluehelmet.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bluehelmet.geo.CsvRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ACLED's export layout, on a small made-up sample in that layout (no ACLED data is
 * shipped).
 */
class AcledCsvReaderTest {

	static List<NewIncident> incidents = new ArrayList<>();

	static CsvRecords.Outcome outcome;

	@BeforeAll
	static void read() throws IOException {
		try (Reader reader = new InputStreamReader(
				AcledCsvReaderTest.class.getResourceAsStream("/incident/acled-layout-sample.csv"),
				StandardCharsets.UTF_8)) {
			outcome = AcledCsvReader.read(reader, (incident, line) -> incidents.add(incident));
		}
	}

	@Test
	void readsEveryRowOfTheLayout() {
		assertThat(outcome.rows()).isEqualTo(4);
		assertThat(outcome.badRows()).isZero();
		assertThat(incidents).extracting(NewIncident::source).containsOnly("ACLED");
	}

	@Test
	void mapsAnIedOnPeacekeepers() {
		NewIncident ied = incidents.get(0);
		assertThat(ied.sourceId()).isEqualTo("TEST1");
		assertThat(ied.category()).isEqualTo(IncidentCategory.EXPLOSIVE_DEVICE);
		assertThat(ied.target()).isEqualTo(Target.UN);
		assertThat(ied.positionPrecision()).isEqualTo(PositionPrecision.NEAR);
		assertThat(ied.perpetrator()).startsWith("JNIM");
	}

	@Test
	void mapsAnAttackOnCiviliansWithTheOlderDateFormat() {
		NewIncident attack = incidents.get(1);
		assertThat(attack.occurredOn()).isEqualTo(LocalDate.of(2020, 2, 14));
		assertThat(attack.timePrecision()).isEqualTo(TimePrecision.WEEK);
		assertThat(attack.category()).isEqualTo(IncidentCategory.ATTACK_ON_CIVILIANS);
		assertThat(attack.target()).isEqualTo(Target.CIVILIANS);
		assertThat(attack.casualties().killedCivilians()).isEqualTo(12);
		assertThat(attack.casualties().killedOthers()).isNull();
		assertThat(attack.description()).contains("multi-line\nnote");
	}

	@Test
	void mapsProtestsAndClashesWithNumericActorCodes() {
		assertThat(incidents.get(2).category()).isEqualTo(IncidentCategory.DEMONSTRATION);
		assertThat(incidents.get(2).positionPrecision()).isEqualTo(PositionPrecision.REGION);
		assertThat(incidents.get(2).timePrecision()).isEqualTo(TimePrecision.MONTH);
		assertThat(incidents.get(3).category()).isEqualTo(IncidentCategory.ARMED_CLASH);
		assertThat(incidents.get(3).target()).isEqualTo(Target.ARMED_GROUPS);
		assertThat(incidents.get(3).casualties().killedOthers()).isEqualTo(5);
	}

	@Test
	void reportsBadFieldsByColumn() {
		String csv = "event_id_cnty,event_date,time_precision,event_type,sub_event_type,latitude,longitude,geo_precision,fatalities\n"
				+ "A1,2020-31-01,1,Battles,Armed clash,15,-2,1,0\n" + "A2,2020-01-31,7,Battles,Armed clash,15,-2,1,0\n"
				+ "A3,2020-01-31,1,Battles,Armed clash,15,-2,1,-4\n" + ",2020-01-31,1,Battles,Armed clash,15,-2,1,0\n";
		CsvRecords.Outcome bad = AcledCsvReader.read(new StringReader(csv), (incident, line) -> {
		});
		assertThat(bad.problems()).extracting(problem -> problem.field())
			.containsExactly("event_date", "time_precision", "fatalities", "event_id_cnty");
	}

}
