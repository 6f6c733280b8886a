package org.bluehelmet.warning;

import org.bluehelmet.geo.GridCell;
import org.bluehelmet.text.Phrase;

/**
 * What the learned model knows of a cell at a month, for a month ahead: the features,
 * their names, and each value said as the fact a planner reads.
 */
final class CellFeatures {

	/** How many features a row has. */
	static final int COUNT = 24;

	private CellFeatures() {
	}

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

	/**
	 * A feature's value as the fact a planner reads, in words of the reader's language
	 * (keys {@code driver.*} of the message bundles).
	 */
	static Phrase sentence(int feature, float value, ForecastTarget target) {
		ForecastTarget other = target == ForecastTarget.CIVILIAN_ATTACKS ? ForecastTarget.FATALITIES
				: ForecastTarget.CIVILIAN_ATTACKS;
		if (Float.isNaN(value)) {
			return Phrase.of(feature == 10 ? "driver.travelUnknown" : "driver.unknown");
		}
		return switch (feature) {
			case 0 -> Phrase.of("driver.lastMonth", "count", count(value, target));
			case 1 -> Phrase.of("driver.last3", "count", count(value, target));
			case 2 -> Phrase.of("driver.last12", "count", count(value, target));
			case 3 -> Phrase.of("driver.last36", "count", count(value, target));
			case 4 -> weighted("driver.decayed", value, target);
			case 5 -> since("driver.since", value, target);
			case 6 -> Phrase.of("driver.near3", "count", count(value, target));
			case 7 -> Phrase.of("driver.near12", "count", count(value, target));
			case 8 -> Phrase.of("driver.last12", "count", count(value, other));
			// Stored as log(1 + people) in single precision: said to the hundred.
			case 9 -> {
				double people = Math.expm1(value);
				yield people < 1000 ? Phrase.of("driver.people", "n", Math.rint(people))
						: Phrase.of("driver.peopleAbout", "n", Math.rint(people / 100) * 100);
			}
			case 10 -> value >= 120 ? Phrase.of("driver.travelHours", "n", value / 60)
					: Phrase.of("driver.travelMinutes", "n", value);
			case 11 -> Phrase.of("driver.ahead", "months", months(value));
			case 12 -> Phrase.of("driver.season", "month", java.time.Month.of(Math.max(1, Math.min(12, (int) value))));
			case 13 -> Phrase.of(value > 0 ? "driver.inCountry" : "driver.acrossBorder");
			case 14 -> Phrase.of("driver.last3", "count", count(value, other));
			case 15 -> weighted("driver.decayedShort", value, target);
			case 16 -> weighted("driver.decayedLong", value, target);
			case 17 -> weighted("driver.nearDecayed", value, target);
			case 18 -> weighted("driver.ring2Decayed", value, target);
			case 19 -> since("driver.nearSince", value, target);
			case 20 -> weighted("driver.otherDecayed", value, other);
			case 21 -> weighted("driver.otherNearDecayed", value, other);
			case 22 -> Phrase.of("driver.country12", "count", count((float) Math.rint(Math.expm1(value)), target));
			case 23 -> Phrase.of(value > 1.2 ? "driver.rising" : value < 0.8 ? "driver.falling" : "driver.steady");
			default -> throw new IllegalArgumentException("no feature " + feature);
		};
	}

	/** "3 attacks on civilians", "1 death in organised violence". */
	static Phrase count(float value, ForecastTarget target) {
		return Phrase.of("driver.count", "n", value, "what", Phrase.of("what." + target.name(), "n", value));
	}

	private static Phrase months(float value) {
		return Phrase.of("driver.months", "n", value);
	}

	/**
	 * A weighted count of the kind of event: "attacks on civilians … (weighted count
	 * 2.3)".
	 */
	private static Phrase weighted(String key, float value, ForecastTarget target) {
		return Phrase.of(key, "what", Phrase.of("what." + target.name() + ".many"), "value", value);
	}

	/**
	 * How long since the last event, 60 months meaning none in five years:
	 * {@code key.none}, {@code key.lastMonth} or {@code key} with the months.
	 */
	private static Phrase since(String key, float value, ForecastTarget target) {
		Phrase one = Phrase.of("what." + target.name() + ".one");
		Phrase many = Phrase.of("what." + target.name() + ".many");
		if (value >= 60) {
			return Phrase.of(key + ".none", "what1", one, "what", many);
		}
		return value == 0 ? Phrase.of(key + ".lastMonth", "what1", one, "what", many)
				: Phrase.of(key, "what1", one, "what", many, "months", months(value));
	}

}
