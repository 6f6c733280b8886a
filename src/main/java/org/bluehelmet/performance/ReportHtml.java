package org.bluehelmet.performance;

import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.List;

import org.bluehelmet.incident.ProtectionGap;
import org.bluehelmet.mission.SourceCitation;
import org.bluehelmet.posture.ScenarioResult;
import org.springframework.web.util.HtmlUtils;

/**
 * The monthly report as one self-contained HTML page (pictures inline), with the same
 * content as the PDF.
 */
final class ReportHtml {

	private ReportHtml() {
	}

	static String render(MonthlyReport report) {
		StringBuilder h = new StringBuilder();
		ReportWords w = report.words();
		String title = w.t("report.title", "mission", report.missionName(), "month", w.month(report.month()));
		h.append("<!DOCTYPE html><html lang=\"")
			.append(w.language().tag())
			.append("\"><head><meta charset=\"utf-8\"><title>")
			.append(esc(title))
			.append("</title><style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;"
					+ "padding:0 1rem;color:#1d2733}h2{color:#1f4e79;margin-top:1.5rem}table{border-collapse:collapse;"
					+ "width:100%;margin:.5rem 0}th,td{border-bottom:1px solid #d9e1ea;padding:.25rem .4rem;"
					+ "text-align:left;font-size:.9rem}th{background:#eef3f8}.small{color:#5b6b7c;font-size:.85rem}"
					+ ".charts{display:grid;grid-template-columns:1fr 1fr;gap:1rem}figure{margin:0}"
					+ "img{max-width:100%}.on_track{color:#1a9850}.at_risk{color:#e67e22}.off_track{color:#b03a2e}"
					+ "td.num{text-align:right;font-variant-numeric:tabular-nums}"
					+ ".key{display:flex;flex-wrap:wrap;gap:.5rem}.key div{border:1px solid #d9e1ea;padding:.4rem .8rem;"
					+ "text-align:center}.key strong{display:block;font-size:1.3rem;color:#1f4e79}"
					+ "@media print{table,figure,.key{break-inside:avoid}h2{break-after:avoid}}"
					+ "</style></head><body>");
		h.append("<h1>").append(esc(title)).append("</h1>");
		h.append("<p class=\"small\">")
			.append(esc(w.t("report.generated", "at", ReportText.instant(report.generatedAt()))))
			.append("</p>");
		h.append("<div class=\"key\">");
		ReportText.keyFigures(report)
			.forEach(r -> h.append("<div><strong>")
				.append(esc(r.value()))
				.append("</strong>")
				.append(esc(r.item()))
				.append("</div>"));
		h.append("</div><h2>").append(esc(w.t("report.section.summary"))).append("</h2><ul>");
		report.summary().forEach(line -> h.append("<li>").append(esc(line)).append("</li>"));
		h.append("</ul><h2>")
			.append(esc(w.t("report.mapHeading")))
			.append("</h2><figure><img alt=\"")
			.append(esc(w.t("report.mapAlt")))
			.append("\" src=\"")
			.append(png(ReportFigures.map(report, 1000)))
			.append("\"><figcaption class=\"small\">")
			.append(esc(ReportText.mapCaption(report)))
			.append("</figcaption></figure>");
		significantIncidents(h, report);
		protectionGap(h, w, report.protectionGap());
		posture(h, w, report.posture());
		indicators(h, w, report.indicators());
		forceGeneration(h, w, report.forceGeneration());
		alerts(h, report);
		h.append("<h2>").append(esc(w.t("report.sources"))).append("</h2><ul class=\"small\">");
		for (SourceCitation s : report.sources()) {
			h.append("<li>").append(esc(s.title() + ". " + s.citation() + " (" + s.licence() + ")")).append("</li>");
		}
		h.append("</ul><h2>").append(esc(w.t("report.annexHeading"))).append("</h2>");
		table(h, annexColumns(w),
				report.annex()
					.stream()
					.map(r -> List.of(r.section(), r.item(), r.value(), r.unit(), r.source()))
					.toList());
		return h.append("</body></html>").toString();
	}

	/** The annex's columns, as the PDF and the CSV name them. */
	static List<String> annexColumns(ReportWords w) {
		return List.of(w.t("report.col.section"), w.t("report.col.figure"), w.t("report.col.value"),
				w.t("report.col.unit"), w.t("report.col.source"));
	}

	private static void protectionGap(StringBuilder h, ReportWords w, List<ProtectionGap> gap) {
		h.append("<h2>").append(esc(w.t("report.gapHeading"))).append("</h2>");
		table(h, List.of(w.t("map.sector"), w.t("report.col.attacks"), w.t("report.col.attackShare"),
				w.t("report.col.troops"), w.t("report.col.troopShare")),
				gap.stream()
					.map(g -> List.of(g.sector(), Long.toString(g.attacksOnCivilians()), w.percent(g.attackShare()),
							w.number(g.troops()), w.percent(g.troopShare())))
					.toList());
	}

	private static void posture(StringBuilder h, ReportWords w, ScenarioResult posture) {
		if (posture == null) {
			return;
		}
		h.append("<h2>").append(esc(w.t("report.reachHeading", "month", posture.month()))).append("</h2>");
		table(h, List.of(w.t("map.sector"), w.t("report.col.peopleAtRisk"), w.t("report.col.within3h"),
				w.t("report.col.troops")),
				posture.measures()
					.sectors()
					.stream()
					.map(s -> List.of(s.sector(), w.number(Math.rint(s.peopleAtRisk())),
							w.percent(s.shareWithinReach()), w.number(s.troops())))
					.toList());
		h.append("<p>")
			.append(esc(w.t("report.outsideCasevac", "camps", ReportText.outsideCasevac(w, posture))))
			.append("</p>");
	}

	private static void indicators(StringBuilder h, ReportWords w, List<IndicatorSeries> series) {
		h.append("<h2>").append(esc(w.t("report.section.indicators"))).append("</h2>");
		table(h, ReportPdf.indicatorColumns(w), series.stream()
			.map(s -> List.of(s.indicator().code(), s.indicator().name(), w.value(s.value(), s.indicator().measure()),
					ReportText.change(w, s), w.value(s.indicator().target(), s.indicator().measure()),
					w.value(s.baseline(), s.indicator().measure()), w.t("perfStatus." + s.status())))
			.toList());
		h.append("<div class=\"charts\">");
		for (IndicatorSeries s : series) {
			h.append("<figure><strong>")
				.append(esc(s.indicator().code() + " " + s.indicator().name()))
				.append("</strong> <span class=\"")
				.append(s.status().name().toLowerCase(java.util.Locale.ROOT))
				.append("\">")
				.append(esc(w.t("perfStatus." + s.status())))
				.append("</span>")
				.append(s.hasData()
						? "<img alt=\"" + esc(s.indicator().name()) + "\" src=\""
								+ png(ReportFigures.indicatorChart(s, w, 520, 260)) + "\">"
						: "<p>" + esc(w.t("report.noDataMonths")) + "</p>")
				.append("<figcaption class=\"small\">")
				.append(esc(s.indicator().definition(w)))
				.append("</figcaption></figure>");
		}
		h.append("</div>");
	}

	private static void forceGeneration(StringBuilder h, ReportWords w, org.bluehelmet.forcegen.RequirementFill fill) {
		if (fill.lines().isEmpty()) {
			return;
		}
		h.append("<h2>").append(esc(w.t("report.forceHeading", "day", fill.asOf().toString()))).append("</h2>");
		table(h, ReportText.forceColumns(w), ReportText.forceLines(w, fill));
	}

	private static void significantIncidents(StringBuilder h, MonthlyReport report) {
		List<org.bluehelmet.incident.Incident> significant = ReportText.significant(report);
		if (significant.isEmpty()) {
			return;
		}
		ReportWords w = report.words();
		h.append("<h2>").append(esc(w.t("report.significantHeading"))).append("</h2>");
		table(h, ReportPdf.incidentColumns(w),
				significant.stream()
					.map(i -> List.of(w.day(i.report().occurredOn()), ReportText.category(w, i.report().category()),
							ReportText.place(i), i.sector() == null ? "" : i.sector(),
							Integer.toString(i.report().casualties().killed()),
							Integer.toString(i.report().casualties().wounded()),
							i.report().description() == null ? "" : i.report().description()))
					.toList());
	}

	private static void alerts(StringBuilder h, MonthlyReport report) {
		ReportWords w = report.words();
		h.append("<h2>")
			.append(esc(w.t("report.alertsHeading", "month", report.month().plusMonths(1))))
			.append("</h2>");
		if (report.alerts().isEmpty()) {
			h.append("<p>" + esc(ReportText.noAlerts(report)) + "</p>");
			return;
		}
		table(h, ReportPdf.alertColumns(w),
				report.alerts()
					.stream()
					.map((MonthlyReport.AlertLine a) -> List.of(a.where(), w.percent(a.probability()),
							w.number(a.population()), a.reach()))
					.toList());
	}

	private static void table(StringBuilder h, List<String> headers, List<List<String>> rows) {
		h.append("<table><thead><tr>");
		headers.forEach(x -> h.append("<th>").append(esc(x)).append("</th>"));
		h.append("</tr></thead><tbody>");
		for (List<String> row : rows) {
			h.append("<tr>");
			row.forEach(x -> h.append(ReportText.isFigure(x) ? "<td class=\"num\">" : "<td>")
				.append(esc(x))
				.append("</td>"));
			h.append("</tr>");
		}
		h.append("</tbody></table>");
	}

	private static String png(BufferedImage image) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(ReportFigures.png(image));
	}

	private static String esc(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
