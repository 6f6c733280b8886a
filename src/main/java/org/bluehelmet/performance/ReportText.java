package org.bluehelmet.performance;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.bluehelmet.posture.ScenarioResult;

/** Words and numbers shared by the PDF and the HTML report. */
final class ReportText {

	private ReportText() {
	}

	/** The columns of the report's force-generation table. */
	static java.util.List<String> forceColumns(ReportWords w) {
		return java.util.List.of(w.t("report.col.requirement"), w.t("report.col.capability"),
				w.t("report.col.requiredPeople"), w.t("report.col.deployedByPledges"), w.t("report.col.onTheirWay"),
				w.t("report.col.stillToFind"));
	}

	/**
	 * One row per requirement: what it asks for, what its own pledges brought and bring.
	 */
	static java.util.List<java.util.List<String>> forceLines(ReportWords w,
			org.bluehelmet.forcegen.RequirementFill fill) {
		return fill.lines()
			.stream()
			.map(l -> java.util.List.of(l.reference(), w.t("capability." + l.capability()), w.number(l.required()),
					w.number(l.deployed()), w.number(l.pipeline()),
					w.number(Math.max(0, l.required() - l.deployed() - l.pipeline()))))
			.toList();
	}

	/**
	 * The annex rows a commander reads first, the month's key figures: the summary's
	 * (without last month's) and the share of people at risk within reach.
	 */
	static java.util.List<MonthlyReport.AnnexRow> keyFigures(MonthlyReport report) {
		return report.annex().stream().filter(MonthlyReport.AnnexRow::key).toList();
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

	/**
	 * Whether a table cell holds a figure (right-aligned): a number as English or French
	 * writes it, a percentage, or "3 of 12" ("3 sur 12").
	 */
	static boolean isFigure(String text) {
		return text != null
				&& text.matches("[-+−]?\\d[\\d,.\\s\\u00a0\\u202f]*%?( pts)?( (of|sur) [\\d,.\\s\\u00a0\\u202f]+)?");
	}

	static String instant(Instant at) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(at);
	}

	/** A category's name, capitalised, as a table cell. */
	static String category(ReportWords w, org.bluehelmet.incident.IncidentCategory category) {
		String text = w.t("category." + category);
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	static String change(ReportWords w, IndicatorSeries s) {
		if (s.change() == null) {
			return "";
		}
		double c = s.change();
		String sign = c > 0 ? "+" : "";
		return s.indicator().measure().isShare() ? w.t("report.points", "sign", sign, "n", 100 * c)
				: sign + w.number(c);
	}

	static String outsideCasevac(ReportWords w, ScenarioResult posture) {
		var outside = posture.measures().sitesOutsideCasevac();
		return outside.isEmpty() ? w.t("report.none")
				: String.join(", ", outside.stream().map(ScenarioResult.SiteCasevac::name).toList());
	}

	static String mapCaption(MonthlyReport report) {
		long attacks = report.incidents()
			.stream()
			.filter(i -> i.report().category() == org.bluehelmet.incident.IncidentCategory.ATTACK_ON_CIVILIANS)
			.count();
		ReportWords w = report.words();
		return w.t("report.mapCaption", "incidents", report.incidents().size(), "attacks", attacks, "map",
				report.posture() == null ? w.t("report.theMonth") : report.posture().month());
	}

	/** Why the alert table is empty. */
	static String noAlerts(MonthlyReport report) {
		return report.words().t(report.posture() == null ? "report.noMapNoAlerts" : "report.noAlerts");
	}

}
