package org.bluehelmet.performance;

/**
 * Where an indicator stands in a month, by a rule a reader can check: on track when the
 * value meets the target; at risk when it is better than the baseline but short of the
 * target (or, without a baseline, within a fifth of the target); off track otherwise.
 */
public enum IndicatorStatus {

	ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA;

	static IndicatorStatus of(Indicator indicator, Double value, Double baseline) {
		if (value == null) {
			return NO_DATA;
		}
		if (indicator.meets(value)) {
			return ON_TRACK;
		}
		if (baseline != null) {
			return indicator.better(value, baseline) ? AT_RISK : OFF_TRACK;
		}
		double margin = Math.abs(indicator.target()) * 0.2;
		return Math.abs(value - indicator.target()) <= margin ? AT_RISK : OFF_TRACK;
	}

	/** In words, for pages and the report. */
	public String words() {
		return switch (this) {
			case ON_TRACK -> "on track";
			case AT_RISK -> "at risk";
			case OFF_TRACK -> "off track";
			case NO_DATA -> "no data";
		};
	}

}
