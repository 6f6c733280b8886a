package org.bluehelmet.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.List;

import org.bluehelmet.DemoPacks;
import org.bluehelmet.system.RejectedFileException;
import org.junit.jupiter.api.Test;

class PrioGridCsvReaderTest {

	@Test
	void readsEveryCellOfMali() throws IOException {
		List<GridCell> cells;
		try (Reader reader = Files.newBufferedReader(DemoPacks.file("minusma", "cells.csv"))) {
			cells = PrioGridCsvReader.read(reader, "priogrid_mali.csv");
		}
		assertThat(cells).hasSize(503);
		assertThat(cells.stream().filter(GridCell::centreInCountry)).hasSize(425);
		assertThat(cells.stream().filter(cell -> !cell.hasRegion())).hasSize(78);
		GridCell first = cells.get(0);
		assertThat(first.gid()).isEqualTo(144344);
		assertThat(first.travelTimeMinutes()).isEqualTo(142);
		assertThat(cells.stream().mapToLong(GridCell::population).sum()).isGreaterThan(15_000_000);
	}

	@Test
	void reportsEveryBadRowWithItsLine() {
		String csv = """
				gid,row,col,lon,lat,landarea_km2,mountains_share,ttime_min,centre_in_mali,region,cercle_pcode,population_2020_est
				144344,201,344,-8.25,10.25,3041.693,0,142,false,,,0
				144345,201,999,-7.75,10.25,3041.763,0,330,false,,,0
				abc,201,346,-7.25,10.25,3041.763,0,330,false,,,0
				144347,201,347,-7.25,10.25,3041.763,0,330,false,,,0
				""";
		assertThatThrownBy(() -> PrioGridCsvReader.read(new StringReader(csv), "cells.csv"))
			.isInstanceOfSatisfying(RejectedFileException.class, ex -> {
				assertThat(ex.problems()).extracting(p -> p.line()).containsExactly(3L, 4L, 5L);
				assertThat(ex.problems().get(1).field()).isEqualTo("gid");
				assertThat(ex.problems().get(2).field()).isEqualTo("lon");
			});
	}

	@Test
	void readsCellsAsPacksMadeElsewhereWriteThem() {
		// Flags as 1/0 and counts as decimals (PRIO-GRID's mean travel time, population
		// estimates spread over cells), in the pack layout's column names.
		String csv = """
				gid,lon,lat,landarea_km2,mountains_share,ttime_min,centre_in_country,region,admin2_code,population
				144344,-8.25,10.25,3041.693,0,141.6,1,Sikasso,ML0305,1234.5
				144345,-7.75,10.25,3041.763,0,,0,,,
				""";
		List<GridCell> cells = PrioGridCsvReader.read(new StringReader(csv), "cells.csv");
		assertThat(cells.get(0).centreInCountry()).isTrue();
		assertThat(cells.get(0).travelTimeMinutes()).isEqualTo(142);
		assertThat(cells.get(0).population()).isEqualTo(1235);
		assertThat(cells.get(1).centreInCountry()).isFalse();
		assertThat(cells.get(1).travelTimeMinutes()).isNull();
		assertThatThrownBy(() -> PrioGridCsvReader.read(new StringReader(csv.replace(",1,Sikasso", ",maybe,Sikasso")),
				"cells.csv"))
			.isInstanceOf(RejectedFileException.class)
			.hasMessageContaining("line 2");
	}

}
