package org.bluehelmet.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.bluehelmet.geo.Place;
import org.bluehelmet.geo.Position;
import org.bluehelmet.text.Language;
import org.bluehelmet.text.Messages;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The report's map is drawn where the mission is: a mission with no cells and no incident
 * in the month still shows its own country, wherever it lies.
 */
class ReportFiguresTest {

	/** The border's colour on the map. */
	private static final int BORDER = 0x1d2733;

	@Test
	void aMonthWithNothingToPlaceShowsTheMissionsOwnCountry() {
		// A country east of the Sahel (about South Sudan's box): nothing of it lies where
		// a fixed frame of one mission's country would look.
		Geometry border = box(24, 3.5, 36, 12.2);
		BufferedImage map = ReportFigures.map(report(new ReportMapBase(border, Map.of("East", box(30, 4, 36, 8)),
				List.of(new Place(1, "Town", "PPLA", 100_000, new Position(31.6, 4.85))))), 1000);
		assertThat(pixelsOf(map, BORDER)).as("border pixels").isGreaterThan(1000);
	}

	@Test
	void aMissionWithNoOutlineGetsAMapWithItsLegend() {
		BufferedImage map = ReportFigures.map(report(null), 1000);
		assertThat(map.getWidth()).isEqualTo(1000);
		assertThat(map.getHeight()).isBetween(100, 2000);
	}

	private static MonthlyReport report(ReportMapBase base) {
		return new MonthlyReport("any", "Any mission", YearMonth.of(2024, 3), Instant.EPOCH, List.of(), List.of(), null,
				List.of(), List.of(), null, List.of(), List.of(), List.of(), base,
				new ReportWords(Language.ENGLISH, Messages.bundled()));
	}

	private static Geometry box(double west, double south, double east, double north) {
		return new GeometryFactory()
			.createPolygon(new Coordinate[] { new Coordinate(west, south), new Coordinate(east, south),
					new Coordinate(east, north), new Coordinate(west, north), new Coordinate(west, south) });
	}

	private static long pixelsOf(BufferedImage image, int rgb) {
		long n = 0;
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				if ((image.getRGB(x, y) & 0xffffff) == rgb) {
					n++;
				}
			}
		}
		return n;
	}

}
