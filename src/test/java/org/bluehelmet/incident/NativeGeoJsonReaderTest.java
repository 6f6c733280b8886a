package org.bluehelmet.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bluehelmet.geo.CsvRecords;
import org.junit.jupiter.api.Test;

class NativeGeoJsonReaderTest {

	static final String GOOD = """
			{"type":"Feature","geometry":{"type":"Point","coordinates":[-4.09,14.52]},
			 "properties":{"source":"JOC","source_id":"J-1","occurred_on":"2021-03-02","category":"EXPLOSIVE_DEVICE",
			  "target":"UN","wounded_peacekeepers":4,"description":"IED on the Sévaré road"}}""";

	@Test
	void readsFeaturesAsTheExportWritesThem() {
		List<NewIncident> incidents = new ArrayList<>();
		CsvRecords.Outcome outcome = NativeGeoJsonReader.read(
				new StringReader("{\"type\":\"FeatureCollection\",\"name\":\"x\",\"features\":[" + GOOD + "]}"),
				(incident, line) -> incidents.add(incident));
		assertThat(outcome.rows()).isEqualTo(1);
		assertThat(outcome.badRows()).isZero();
		NewIncident ied = incidents.get(0);
		assertThat(ied.position().lon()).isEqualTo(-4.09);
		assertThat(ied.position().lat()).isEqualTo(14.52);
		assertThat(ied.occurredOn()).isEqualTo(LocalDate.of(2021, 3, 2));
		assertThat(ied.category()).isEqualTo(IncidentCategory.EXPLOSIVE_DEVICE);
		assertThat(ied.casualties().woundedPeacekeepers()).isEqualTo(4);
		assertThat(ied.casualties().killedCivilians()).isNull();
		assertThat(ied.description()).isEqualTo("IED on the Sévaré road");
	}

	@Test
	void reportsEachBadFeatureWithTheLineItStartsOn() {
		String json = "{\"type\":\"FeatureCollection\",\"features\":[\n" + GOOD + ",\n"
				+ GOOD.replace("\"J-1\"", "\"J-2\"").replace("EXPLOSIVE_DEVICE", "BOMB") + ",\n"
				+ "{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]},\"properties\":{}}\n]}";
		CsvRecords.Outcome outcome = NativeGeoJsonReader.read(new StringReader(json), (incident, line) -> {
		});
		assertThat(outcome.rows()).isEqualTo(3);
		assertThat(outcome.badRows()).isEqualTo(2);
		assertThat(outcome.problems()).extracting(p -> p.field()).containsExactly("category", "geometry");
		assertThat(outcome.problems()).extracting(p -> p.line()).containsExactly(5L, 8L);
	}

	@Test
	void refusesWhatIsNotAFeatureCollection() {
		assertThat(NativeGeoJsonReader.read(new StringReader("[1,2,3]"), (i, l) -> {
		}).problems().get(0).reasonText()).contains("FeatureCollection");
		assertThat(NativeGeoJsonReader.read(new StringReader("{\"features\":[" + GOOD + ",{\"type\":"), (i, l) -> {
		}).problems().get(0).reasonText()).contains("not valid JSON");
	}

}
