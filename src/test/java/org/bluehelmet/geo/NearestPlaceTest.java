package org.bluehelmet.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Points named as a planner says them, from real towns' positions (GeoNames). */
class NearestPlaceTest {

	private static final List<Place> TOWNS = List.of(
			new Place(2453348, "Mopti", "PPLA", 108456, new Position(-4.1970, 14.4843)),
			new Place(2460596, "Gao", "PPLA", 86633, new Position(-0.0434, 16.2717)));

	@Test
	void namesATownItselfAndOtherwiseItsDistanceAndDirection() {
		assertThat(NearestPlace.describe(new Position(-4.19, 14.49), TOWNS, "cell")).isEqualTo("Mopti");
		// Half a degree north and east of Mopti: about 76 km north-east.
		assertThat(NearestPlace.describe(new Position(-3.70, 14.98), TOWNS, "cell"))
			.matches("7\\d km north-east of Mopti");
		assertThat(NearestPlace.describe(new Position(-0.04, 15.70), TOWNS, "cell")).matches("6\\d km south of Gao");
		assertThat(NearestPlace.describe(new Position(0, 0), List.of(), "cell 1")).isEqualTo("cell 1");
		assertThat(NearestPlace.nearest(new Position(-1, 16), TOWNS).name()).isEqualTo("Gao");
	}

}
