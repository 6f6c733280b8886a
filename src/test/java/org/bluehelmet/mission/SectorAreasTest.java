package org.bluehelmet.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bluehelmet.DemoPacks;
import org.bluehelmet.geo.Gazetteer;
import org.bluehelmet.geo.GridCell;
import org.bluehelmet.geo.PrioGridCsvReader;
import org.bluehelmet.system.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SectorAreasTest {

	static List<GridCell> cells;

	static Gazetteer gazetteer;

	static List<Sector> sectors;

	@BeforeAll
	static void readMali() throws IOException {
		try (Reader grid = Files.newBufferedReader(DemoPacks.file("minusma", "cells.csv"));
				Reader names = new InputStreamReader(
						SectorAreasTest.class.getResourceAsStream("/demo/minusma/gazetteer.csv"),
						StandardCharsets.UTF_8)) {
			cells = PrioGridCsvReader.read(grid, "priogrid_mali.csv");
			gazetteer = Gazetteer.read(names, "gazetteer.csv");
		}
		sectors = MissionDefinition.read(SectorAreasTest.class.getResourceAsStream("/demo/minusma/mission.json"))
			.sectors();
	}

	@Test
	void putsEveryCellOfTheCountryInExactlyOneSector() {
		SectorAreas areas = SectorAreas.assign(sectors, cells, gazetteer);
		assertThat(areas.sectorOfCell()).hasSize(cells.size());
		assertThat(areas.unlistedRegions()).isEmpty();
		Map<String, Long> cellsPerSector = areas.sectorOfCell()
			.values()
			.stream()
			.collect(Collectors.groupingBy(s -> s, Collectors.counting()));
		assertThat(cellsPerSector).containsOnlyKeys("North", "East", "West", "Centre", "Other");
	}

	@Test
	void followsTheRegionsOfTheCells() {
		SectorAreas areas = SectorAreas.assign(sectors, cells, gazetteer);
		for (GridCell cell : cells) {
			if (cell.hasRegion()) {
				String expected = switch (cell.region()) {
					case "Kidal" -> "North";
					case "Gao" -> "East";
					case "Tombouctou" -> "West";
					case "Mopti", "Ségou" -> "Centre";
					default -> "Other";
				};
				assertThat(areas.sectorOf(cell.gid())).as("cell %d in %s", cell.gid(), cell.region())
					.contains(expected);
			}
		}
	}

	@Test
	void givesBorderCellsToTheSectorOfTheNearestCellWithARegion() {
		SectorAreas areas = SectorAreas.assign(sectors, cells, gazetteer);
		for (GridCell border : cells.stream().filter(c -> !c.hasRegion()).toList()) {
			GridCell nearest = cells.stream()
				.filter(GridCell::hasRegion)
				.min((a, b) -> Double.compare(a.centre().distanceKm(border.centre()),
						b.centre().distanceKm(border.centre())))
				.orElseThrow();
			assertThat(areas.sectorOf(border.gid())).isEqualTo(areas.sectorOf(nearest.gid()));
		}
	}

	@Test
	void givesCellsOfUnlistedRegionsToTheNearestSectorAndSaysSo() {
		List<GridCell> grid = List.of(cell(1000, "Kidal"), cell(1001, "Atlantis"), cell(5000, "Gao"));
		SectorAreas areas = SectorAreas.assign(
				List.of(new Sector("North", "", List.of("Kidal")), new Sector("East", "", List.of("Gao"))), grid,
				gazetteer);
		assertThat(areas.sectorOf(1001)).contains("North");
		assertThat(areas.unlistedRegions()).containsExactly("Atlantis");
	}

	@Test
	void refusesARegionListedByTwoSectors() {
		assertThatThrownBy(() -> SectorAreas.assign(
				List.of(new Sector("A", "", List.of("Gao")), new Sector("B", "", List.of("Gao region"))), cells,
				gazetteer))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("Gao");
	}

	private static GridCell cell(int gid, String region) {
		return new GridCell(gid, org.bluehelmet.geo.PrioGrid.centreOf(gid), null, null, null, true, region, null, 0);
	}

}
