package org.bluehelmet.performance;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.bluehelmet.incident.IncidentCategory;

/**
 * A performance indicator: a measure with filters, a baseline, a target and which way is
 * better, monthly.
 *
 * @param id its number
 * @param missionId its mission
 * @param code a short code unique in the mission (e.g. "POC-1")
 * @param name its name
 * @param measure what it measures
 * @param sector only this sector ({@code null}: the whole mission)
 * @param categories only incidents of these categories (empty: the measure's own)
 * @param baseline the baseline value, or {@code null} when computed from a year
 * @param baselineYear the year whose monthly mean is the baseline, or {@code null}
 * @param target the target value
 * @param direction which way is better
 * @param note why the target is what it is, or anything else a reader should know
 * @param createdAt when it was defined
 * @param createdBy by whom
 */
record Indicator(long id, String missionId, String code, String name, Measure measure, String sector,
		Set<IncidentCategory> categories, Double baseline, Integer baselineYear, double target, Direction direction,
		String note, Instant createdAt, String createdBy) {

	/** Which way is better. */
	public enum Direction {

		HIGHER_IS_BETTER, LOWER_IS_BETTER

	}

	public Indicator {
		categories = categories == null ? Set.of() : Set.copyOf(categories);
	}

	/** The unit of its values. */
	@JsonProperty("unit")
	public String unit() {
		return measure.unit();
	}

	/** What it measures, in words a person can read. */
	@JsonProperty("definition")
	public String definition() {
		StringBuilder text = new StringBuilder(measure.definition());
		if (!categories.isEmpty()) {
			text.append(", of the categories ")
				.append(categories.stream()
					.map(c -> c.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
					.sorted()
					.collect(Collectors.joining(", ")));
		}
		text.append(sector == null ? ", in the whole mission area" : ", in sector " + sector);
		text.append(". Target ")
			.append(Indicators.format(target, measure))
			.append(direction == Direction.LOWER_IS_BETTER ? " or less" : " or more");
		if (baselineYear != null) {
			text.append("; baseline the mean of ").append(baselineYear).append("'s months");
		}
		else if (baseline != null) {
			text.append("; baseline ").append(Indicators.format(baseline, measure));
		}
		return text.append('.').toString();
	}

	/**
	 * What it measures in a report's language, from the same messages as the Performance
	 * page's (measure.*, perf.*).
	 */
	String definition(ReportWords w) {
		String what = w.t("measure." + measure);
		if (!categories.isEmpty()) {
			what = w.t("perf.join", "a", what, "b", w.t("perf.ofCategories", "categories",
					categories.stream().map(c -> w.t("category." + c)).sorted().collect(Collectors.joining(", "))));
		}
		what = w.t("perf.join", "a", what, "b",
				sector == null ? w.t("perf.wholeArea") : w.t("perf.inSector", "sector", sector));
		String target = w.t(direction == Direction.LOWER_IS_BETTER ? "perf.targetOrLess" : "perf.targetOrMore",
				"target", w.value(this.target, measure));
		String base = baselineYear != null ? w.t("perf.baselineYear", "year", String.valueOf(baselineYear))
				: baseline != null ? w.t("perf.baselineValue", "baseline", w.value(baseline, measure)) : "";
		return w.t("perf.definition", "what", what, "target", target, "baseline", base);
	}

	/** Whether a value meets the target. */
	boolean meets(double value) {
		return direction == Direction.LOWER_IS_BETTER ? value <= target : value >= target;
	}

	/** Whether a value is better than another. */
	boolean better(double value, double than) {
		return direction == Direction.LOWER_IS_BETTER ? value < than : value > than;
	}

}
