package org.bluehelmet.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.List;

import org.bluehelmet.DemoPacks;
import org.bluehelmet.system.RejectedFileException;
import org.junit.jupiter.api.Test;

class GeoPkoCsvReaderTest {

	static final String HEADER = "\"source\",\"mission\",\"year\",\"month\",\"location\",\"latitude\",\"longitude\",\"no.troops\",\"inf\",\"med\",\"avia\",\"hq\",\"nameoftcc_1\",\"notroopspertcc_1\",\"nameoftcc_2\",\"notroopspertcc_2\",\"adm1.name\",\"prioid\"\n";

	@Test
	void readsTheMinusmaDeployments() throws IOException {
		List<GeoPkoRow> rows;
		try (Reader reader = Files.newBufferedReader(DemoPacks.file("minusma", "deployments.csv"))) {
			rows = GeoPkoCsvReader.read(reader, "geopko.csv");
		}
		assertThat(rows).hasSize(442);
		List<GeoPkoRow> december2020 = rows.stream().filter(r -> r.month().equals(YearMonth.of(2020, 12))).toList();
		assertThat(december2020).hasSize(12);
		assertThat(december2020.stream().mapToInt(GeoPkoRow::troops).sum()).isEqualTo(19525);
		GeoPkoRow mopti = december2020.stream()
			.filter(r -> r.location().equals("Mopti/Sevare"))
			.findFirst()
			.orElseThrow();
		assertThat(mopti.source()).isEqualTo("Map no. 4506 Rev. 37");
		assertThat(mopti.troops()).isEqualTo(1585);
		assertThat(mopti.headquartersCode()).isEqualTo(2);
		// Togo's troops at Mopti are recorded as "unknown".
		assertThat(mopti.contingents()).contains(new GeoPkoRow.CountryTroops("Togo", null),
				new GeoPkoRow.CountryTroops("Senegal", 1250));
		assertThat(mopti.unitTypes()).contains(UnitType.INFANTRY);
	}

	@Test
	void readsCountriesAndUnitTypesOfARow() {
		String csv = HEADER
				+ "\"Map 1\",\"MINUSMA\",\"2020\",\"12\",\"Gao\",\"16.27\",\"-4.47E-2\",\"NA\",\"1\",\"1\",\"0\",\"2\",\"Germany\",\"1100\",\"NA\",\"NA\",\"Gao\",\"153000\"\n";
		GeoPkoRow row = GeoPkoCsvReader.read(new StringReader(csv), "one.csv").get(0);
		assertThat(row.troops()).isNull();
		assertThat(row.position().lon()).isEqualTo(-0.0447);
		assertThat(row.unitTypes()).containsExactlyInAnyOrder(UnitType.INFANTRY, UnitType.MEDICAL);
		assertThat(row.contingents()).containsExactly(new GeoPkoRow.CountryTroops("Germany", 1100));
	}

	@Test
	void reportsEveryBadRowByItsPhysicalLine() {
		String csv = HEADER
				+ "\"Map 1\",\"MINUSMA\",\"2020\",\"13\",\"Gao\",\"16.27\",\"0.1\",\"10\",\"1\",\"0\",\"0\",\"0\",\"NA\",\"NA\",\"NA\",\"NA\",\"Gao\",\"1\"\n"
				+ "\"Map 1\",\"MINUSMA\",\"2020\",\"12\",\"Multi\nline\",\"16.27\",\"0.1\",\"10\",\"1\",\"0\",\"0\",\"0\",\"NA\",\"NA\",\"NA\",\"NA\",\"Gao\",\"1\"\n"
				+ "\"Map 1\",\"MINUSMA\",\"2020\",\"12\",\"Gao\",\"96.27\",\"0.1\",\"ten\",\"1\",\"0\",\"0\",\"0\",\"Chad\",\"many\",\"NA\",\"NA\",\"Gao\",\"1\"\n";
		assertThatThrownBy(() -> GeoPkoCsvReader.read(new StringReader(csv), "bad.csv"))
			.isInstanceOfSatisfying(RejectedFileException.class, ex -> {
				assertThat(ex.problems()).hasSize(2);
				assertThat(ex.problems().get(0).line()).isEqualTo(2);
				assertThat(ex.problems().get(0).field()).isEqualTo("month");
				// The multi-line row (lines 3-4) is fine; the bad one starts on line 5.
				assertThat(ex.problems().get(1).line()).isEqualTo(5);
			});
	}

}
