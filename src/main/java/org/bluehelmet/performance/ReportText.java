package org.bluehelmet.performance;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import org.bluehelmet.posture.ScenarioResult;

/** Words and numbers shared by the PDF and the HTML report. */
final class ReportText {

	private ReportText() {
	}

	/** The columns of the report's force-generation table. */
	static final java.util.List<String> FORCE_COLUMNS = java.util.List.of("Requirement", "Capability",
			"Required (people)", "Deployed by its pledges", "On their way", "Still to find");

	/**
	 * One row per requirement: what it asks for, what its own pledges brought and bring.
	 */
	static java.util.List<java.util.List<String>> forceLines(org.bluehelmet.forcegen.RequirementFill fill) {
		return fill.lines()
			.stream()
			.map(l -> java.util.List.of(l.reference(), words(l.capability().name()), count(l.required()),
					count(l.deployed()), count(l.pipeline()),
					count(Math.max(0, l.required() - l.deployed() - l.pipeline()))))
			.toList();
	}

	private static String count(int people) {
		return String.format(java.util.Locale.ROOT, "%,d", people);
	}

	/**
	 * The annex rows a commander reads first, the month's key figures: the summary's
	 * (without last month's) and the share of people at risk within reach.
	 */
	static java.util.List<MonthlyReport.AnnexRow> keyFigures(MonthlyReport report) {
		return report.annex()
			.stream()
			.filter(r -> r.section().equals("Summary") || r.item().equals("people at risk within reach"))
			.filter(r -> !r.item().contains("month before"))
			.toList();
	}

	/** The most incidents the report's table of significant incidents lists. */
	static final int SIGNIFICANT = 10;

	/**
	 * The month's significant incidents, for a commander's table: the deadliest first,
	 * then attacks on civilians and explosive devices that killed no one, at most
	 * {@link #SIGNIFICANT}.
	 */
	static java.util.List<org.bluehelmet.incident.Incident> significant(MonthlyReport report) {
		java.util.Comparator<org.bluehelmet.incident.Incident> deadliest = java.util.Comparator
			.comparingInt((org.bluehelmet.incident.Incident i) -> i.report().casualties().killed())
			.reversed()
			.thenComparing(i -> i.report().occurredOn());
		return report.incidents()
			.stream()
			.filter(i -> i.report().casualties().killed() > 0
					|| i.report().category() == org.bluehelmet.incident.IncidentCategory.ATTACK_ON_CIVILIANS
					|| i.report().category() == org.bluehelmet.incident.IncidentCategory.EXPLOSIVE_DEVICE)
			.sorted(deadliest)
			.limit(SIGNIFICANT)
			.toList();
	}

	/** Where an incident happened, in words: its place name, else its position. */
	static String place(org.bluehelmet.incident.Incident incident) {
		String name = incident.report().locationName();
		String where = name != null && !name.isBlank() ? name : String.format(java.util.Locale.ROOT, "%.2f, %.2f",
				incident.report().position().lat(), incident.report().position().lon());
		return where.length() > 80 ? where.substring(0, 79) + "…" : where;
	}

	/** Whether a table cell holds a figure (right-aligned). */
	static boolean isFigure(String text) {
		return text != null && text.matches("[-+−]?[\\d,.]+ ?%?( of [\\d,]+)?");
	}

	static String monthName(YearMonth month) {
		return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
	}

	static String instant(Instant at) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(at);
	}

	static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f%%", 100 * share);
	}

	static String words(String constant) {
		String text = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	static String change(IndicatorSeries s) {
		if (s.change() == null) {
			return "";
		}
		double c = s.change();
		String sign = c > 0 ? "+" : "";
		return s.indicator().measure().isShare() ? String.format(Locale.ROOT, "%s%.1f pts", sign, 100 * c)
				: sign + Indicators.format(c, s.indicator().measure());
	}

	static String outsideCasevac(ScenarioResult posture) {
		var outside = posture.measures().sitesOutsideCasevac();
		return outside.isEmpty() ? "none"
				: String.join(", ", outside.stream().map(ScenarioResult.SiteCasevac::name).toList());
	}

	static String mapCaption(MonthlyReport report) {
		long attacks = report.incidents()
			.stream()
			.filter(i -> i.report().category() == org.bluehelmet.incident.IncidentCategory.ATTACK_ON_CIVILIANS)
			.count();
		return "The mission area's PRIO-GRID cells shaded by people at risk (population times the share of the last "
				+ "12 months with an attack on civilians): blue where a camp reaches within 3 hours by road, red where "
				+ "none does. Dots: the month's " + report.incidents().size() + " incidents (" + attacks
				+ " attacks on civilians in red). Circles: camps on the deployment map of "
				+ (report.posture() == null ? "the month" : report.posture().month())
				+ ". Dark line: the border; dashed lines: the sectors; the largest towns named.";
	}

	/** Why the alert table is empty. */
	static String noAlerts(MonthlyReport report) {
		return report.posture() == null
				? "No deployment map was in force, so no cell can be judged beyond the force's reach."
				: "No cell likely to see an attack on civilians lies beyond the camps' reach.";
	}

}
