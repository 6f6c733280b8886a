package org.bluehelmet.performance;

import java.util.Locale;

/** How indicator values are written for people. */
final class Indicators {

	private Indicators() {
	}

	/** A share as a percentage with one decimal, a count with up to one decimal. */
	static String format(Double value, Measure measure) {
		if (value == null) {
			return "no data";
		}
		if (measure.isShare()) {
			return String.format(Locale.ROOT, "%.1f%%", 100 * value);
		}
		return value == Math.rint(value) ? String.format(Locale.ROOT, "%,d", (long) (double) value)
				: String.format(Locale.ROOT, "%,.1f", value);
	}

}
