package org.bluehelmet.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bluehelmet.system.InvalidInputException;
import org.junit.jupiter.api.Test;

class PrioGridTest {

	@Test
	void computesGidFromRowAndColumnAsPrioGridDoes() {
		// First cell of priogrid_mali.csv: gid 144344, row 201, col 344, centre -8.25,
		// 10.25.
		assertThat(PrioGrid.gid(201, 344)).isEqualTo(144344);
		assertThat(PrioGrid.rowOf(144344)).isEqualTo(201);
		assertThat(PrioGrid.colOf(144344)).isEqualTo(344);
		assertThat(PrioGrid.centreOf(144344)).isEqualTo(new Position(-8.25, 10.25));
	}

	@Test
	void findsTheCellOfAPosition() {
		// Geo-PKO puts Gao (16.27167 N, 0.04472 W) in prioid 153000.
		assertThat(PrioGrid.gidOf(new Position(-0.04472, 16.27167))).isEqualTo(153000);
		assertThat(PrioGrid.gidOf(new Position(-180, -90))).isEqualTo(1);
		assertThat(PrioGrid.gidOf(new Position(180, 90))).isEqualTo(259200);
	}

	@Test
	void refusesIdsOutsideTheGrid() {
		assertThatThrownBy(() -> PrioGrid.centreOf(0)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> PrioGrid.centreOf(259201)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void measuresGreatCircleDistance() {
		Position bamako = new Position(-8.0, 12.65);
		Position gao = new Position(-0.04472, 16.27167);
		// About 950 km between Bamako and Gao as the crow flies.
		assertThat(bamako.distanceKm(gao)).isBetween(930.0, 970.0);
		assertThat(bamako.distanceKm(bamako)).isZero();
	}

	@Test
	void refusesPositionsOffTheGlobe() {
		assertThatThrownBy(() -> new Position(181, 0)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("longitude");
		assertThatThrownBy(() -> new Position(0, Double.NaN)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("latitude");
	}

}
