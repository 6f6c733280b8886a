package org.bluehelmet.performance;

import java.time.YearMonth;
import java.util.List;

/**
 * An indicator over a run of months: its values, its baseline, its status in the last
 * month, the change since the month before, and the last month per sector.
 *
 * @param indicator the indicator
 * @param definition what it measures, in words
 * @param points one value per month, oldest first ({@code null}: no data)
 * @param baseline the baseline (given, or the mean of the baseline year's months)
 * @param value the last month's value
 * @param status where that value stands
 * @param change the last month's value minus the month before's, or {@code null}
 * @param sectors the last month's value per sector (empty for mission-wide measures)
 */
record IndicatorSeries(Indicator indicator, String definition, List<Point> points, Double baseline, Double value,
		IndicatorStatus status, Double change, List<SectorValue> sectors) {

	/** One month's value. */
	public record Point(YearMonth month, Double value) {
	}

	/** One sector's value. */
	public record SectorValue(String sector, Double value) {
	}

	/** Whether any month has a value. */
	public boolean hasData() {
		return points.stream().anyMatch(p -> p.value() != null);
	}

	/** The value in words (a percentage for shares). */
	public String valueText() {
		return Indicators.format(value, indicator.measure());
	}

	/** The target in words. */
	public String targetText() {
		return Indicators.format(indicator.target(), indicator.measure());
	}

	/** The baseline in words. */
	public String baselineText() {
		return Indicators.format(baseline, indicator.measure());
	}

}
