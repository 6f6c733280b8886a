package org.bluehelmet.warning;

import org.bluehelmet.geo.GridCell;

/**
 * What the learned model knows of a cell at a month, for a month ahead: the features,
 * their names, and each value said as the fact a planner reads.
 */
final class CellFeatures {

	/** How many features a row has. */
	static final int COUNT = 24;

	private CellFeatures() {
	}

	/** What each feature means, in the order of {@link #write}. */
	static final String[] NAMES = { "in the cell last month", "in the cell, last 3 months",
			"in the cell, last 12 months", "in the cell, last 36 months", "in the cell, recent ones weighing most",
			"months since the last one in the cell", "in the neighbouring cells, last 3 months",
			"in the neighbouring cells, last 12 months", "the other kind of violence in the cell, last 12 months",
			"people living in the cell", "travel time to a city", "months ahead", "the calendar month",
			"the cell's centre in the country", "the other kind of violence in the cell, last 3 months",
			"in the cell, the last months weighing most", "in the cell, the last years weighing most",
			"in the neighbouring cells, recent ones weighing most",
			"in the cells two away (about 100 km), recent ones weighing most",
			"months since the last one in the neighbouring cells",
			"the other kind of violence in the cell, recent ones weighing most",
			"the other kind of violence in the neighbouring cells, recent ones weighing most",
			"in the whole area, last 12 months", "in the whole area, the last 3 months against the last 12" };

	/**
	 * Writes the features of cell {@code c} at month {@code t} for {@code h} months
	 * ahead.
	 */
	static void write(CellMonthPanel panel, ForecastTarget target, PanelHistory history, int c, int t, int h,
			int calendarMonth, float[] into, int at) {
		ForecastTarget other = target == ForecastTarget.FATALITIES ? ForecastTarget.CIVILIAN_ATTACKS
				: ForecastTarget.FATALITIES;
		GridCell cell = panel.cells().get(c);
		into[at] = panel.value(target, c, t);
		into[at + 1] = history.sum(target, c, t, 3);
		into[at + 2] = history.sum(target, c, t, 12);
		into[at + 3] = history.sum(target, c, t, 36);
		into[at + 4] = history.decayed(target, 1, c, t);
		into[at + 5] = history.since(target, c, t);
		int near3 = 0;
		int near12 = 0;
		for (int n : history.ring1(c)) {
			near3 += history.sum(target, n, t, 3);
			near12 += history.sum(target, n, t, 12);
		}
		into[at + 6] = near3;
		into[at + 7] = near12;
		into[at + 8] = history.sum(other, c, t, 12);
		into[at + 9] = (float) Math.log1p(cell.population());
		into[at + 10] = cell.travelTimeMinutes() == null ? Float.NaN : cell.travelTimeMinutes();
		into[at + 11] = h;
		into[at + 12] = calendarMonth;
		into[at + 13] = cell.centreInCountry() ? 1 : 0;
		into[at + 14] = history.sum(other, c, t, 3);
		// Decay and spatial lags by kind of violence, as the ViEWS challenge's best
		// entries used them: short and long memories, the rings of cells one and two
		// away (about 50 and 100 km), and how long since the neighbours' last event.
		into[at + 15] = history.decayed(target, 0, c, t);
		into[at + 16] = history.decayed(target, 2, c, t);
		float ring1 = 0;
		int ring1Since = PanelHistory.NEVER;
		for (int n : history.ring1(c)) {
			ring1 += history.decayed(target, 1, n, t);
			ring1Since = Math.min(ring1Since, history.since(target, n, t));
		}
		float ring2 = 0;
		for (int n : history.ring2(c)) {
			ring2 += history.decayed(target, 1, n, t);
		}
		into[at + 17] = ring1;
		into[at + 18] = ring2;
		into[at + 19] = ring1Since;
		into[at + 20] = history.decayed(other, 1, c, t);
		float otherRing1 = 0;
		for (int n : history.ring1(c)) {
			otherRing1 += history.decayed(other, 1, n, t);
		}
		into[at + 21] = otherRing1;
		// The whole area's level and trend (a country escalating or calming down),
		// which a cell's own history cannot show; each area its own.
		float area12 = history.areaSum(target, panel.groupOf(c), t, 12);
		into[at + 22] = (float) Math.log1p(area12);
		into[at + 23] = (4 * history.areaSum(target, panel.groupOf(c), t, 3) + 1) / (area12 + 1);
	}

	/** A feature's value as the fact a planner reads. */
	static String sentence(int feature, float value, ForecastTarget target) {
		boolean attacks = target == ForecastTarget.CIVILIAN_ATTACKS;
		String[] what = attacks ? new String[] { "attack on civilians", "attacks on civilians" }
				: new String[] { "death in organised violence", "deaths in organised violence" };
		String[] other = attacks ? new String[] { "death in organised violence", "deaths in organised violence" }
				: new String[] { "attack on civilians", "attacks on civilians" };
		if (Float.isNaN(value)) {
			return NAMES[feature] + ": not known";
		}
		return switch (feature) {
			case 0 -> count(value, what) + " in the cell in the last month before the forecast";
			case 1 -> count(value, what) + " in the cell in the last 3 months";
			case 2 -> count(value, what) + " in the cell in the last 12 months";
			case 3 -> count(value, what) + " in the cell in the last 3 years";
			case 4 -> what[1] + " in the cell in recent months, the latest weighing most (weighted count "
					+ format(value) + ")";
			case 5 -> value >= 60 ? "no " + what[0] + " in the cell in the last 5 years" : value == 0
					? "an " + what[0] + " in the cell in the last month before the forecast"
					: "the cell's last " + what[0] + " " + count(value, "month", "months") + " before the forecast";
			case 6 -> count(value, what) + " within about 50 km (the neighbouring cells) in the last 3 months";
			case 7 -> count(value, what) + " within about 50 km (the neighbouring cells) in the last 12 months";
			case 8 -> count(value, other) + " in the cell in the last 12 months";
			// Stored as log(1 + people) in single precision: said to the hundred.
			case 9 -> {
				double people = Math.expm1(value);
				yield people < 1000 ? format((float) Math.rint(people)) + " people living in the cell"
						: "about " + format((float) (Math.rint(people / 100) * 100)) + " people living in the cell";
			}
			case 10 -> value >= 120 ? format(value / 60) + " hours' travel to the nearest city"
					: format(value) + " minutes' travel to the nearest city";
			case 11 -> "the forecast looks " + count(value, "month", "months") + " ahead";
			case 12 -> "the time of year (" + java.time.Month.of(Math.max(1, Math.min(12, (int) value)))
				.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + ")";
			case 13 -> value > 0 ? "the cell's centre lies in the country" : "the cell's centre lies across the border";
			case 14 -> count(value, other) + " in the cell in the last 3 months";
			case 15 -> what[1] + " in the cell in the last few months, the latest weighing most (weighted count "
					+ format(value) + ")";
			case 16 -> what[1] + " in the cell over the last years, the latest weighing most (weighted count "
					+ format(value) + ")";
			case 17 -> what[1] + " within about 50 km (the neighbouring cells) in recent months (weighted count "
					+ format(value) + ")";
			case 18 -> what[1] + " about 100 km away (the cells two away) in recent months (weighted count "
					+ format(value) + ")";
			case 19 -> value >= 60 ? "no " + what[0] + " within about 50 km in the last 5 years" : "the last " + what[0]
					+ " within about 50 km "
					+ (value == 0 ? "in the last month" : count(value, "month", "months") + " before the forecast");
			case 20 -> other[1] + " in the cell in recent months (weighted count " + format(value) + ")";
			case 21 -> other[1] + " within about 50 km in recent months (weighted count " + format(value) + ")";
			case 22 -> format((float) Math.rint(Math.expm1(value))) + " " + what[1]
					+ " in the whole country in the last 12 months";
			case 23 -> value > 1.2 ? "violence rising in the whole country (the last 3 months above the year's pace)"
					: value < 0.8 ? "violence falling in the whole country (the last 3 months below the year's pace)"
							: "violence steady in the whole country";
			default -> NAMES[feature] + ": " + format(value);
		};
	}

	private static String count(float value, String... singularAndPlural) {
		return format(value) + " " + (value == 1 ? singularAndPlural[0] : singularAndPlural[1]);
	}

	private static String format(float value) {
		return value == Math.rint(value) ? String.format(java.util.Locale.ROOT, "%,d", (long) value)
				: String.format(java.util.Locale.ROOT, "%.1f", value);
	}

}
