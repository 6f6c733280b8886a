package org.bluehelmet.performance;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.bluehelmet.incident.ProtectionGap;
import org.bluehelmet.mission.SourceCitation;
import org.bluehelmet.posture.ScenarioResult;

/** The monthly report as PDF (OpenPDF): A4, text, tables, the map and the charts. */
final class ReportPdf {

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, new Color(0x1d, 0x27, 0x33));

	private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13,
			new Color(0x1f, 0x4e, 0x79));

	private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);

	private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, new Color(0x5b, 0x6b, 0x7c));

	private static final Font CELL = FontFactory.getFont(FontFactory.HELVETICA, 8);

	private static final Font CELL_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);

	private ReportPdf() {
	}

	static void write(MonthlyReport report, OutputStream out) {
		Document document = new Document(PageSize.A4, 40, 40, 40, 40);
		try {
			// Pictures stay where they are added, not moved after the text that follows.
			PdfWriter.getInstance(document, out).setStrictImageSequence(true);
			ReportWords w = report.words();
			String title = w.t("report.title", "mission", report.missionName(), "month", w.month(report.month()));
			document.addTitle(title);
			document.addCreator("Blue Helmet");
			document.open();
			document.add(new Paragraph(title, TITLE));
			document.add(new Paragraph(w.t("report.generated", "at", ReportText.instant(report.generatedAt())), SMALL));
			keyFigures(document, report);
			heading(document, w.t("report.section.summary"));
			for (String line : report.summary()) {
				Paragraph p = new Paragraph(line, TEXT);
				p.setSpacingAfter(3);
				document.add(p);
			}
			heading(document, w.t("report.mapHeading"));
			Image map = Image.getInstance(ReportFigures.map(report, 1000), null);
			// Small enough to stay on the first page with the key figures and the
			// summary.
			map.scaleToFit(515, 330);
			map.setAlignment(Element.ALIGN_CENTER);
			document.add(map);
			document.add(new Paragraph(ReportText.mapCaption(report), SMALL));
			significantIncidents(document, report);
			protectionGap(document, w, report.protectionGap());
			posture(document, w, report.posture());
			indicators(document, report);
			forceGeneration(document, w, report.forceGeneration());
			alerts(document, report);
			heading(document, w.t("report.sources"));
			for (SourceCitation s : report.sources()) {
				document.add(new Paragraph(s.title() + ". " + s.citation() + " (" + s.licence() + ")", SMALL));
			}
			annex(document, w, report.annex());
			document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void heading(Document document, String text) {
		Paragraph p = new Paragraph(text, HEADING);
		p.setSpacingBefore(10);
		p.setSpacingAfter(4);
		document.add(p);
	}

	/**
	 * The month's figures a commander reads first, from the summary's rows of the annex.
	 */
	private static void keyFigures(Document document, MonthlyReport report) {
		List<MonthlyReport.AnnexRow> key = ReportText.keyFigures(report);
		if (key.isEmpty()) {
			return;
		}
		// Four to a row, so that each label stays on a line or two.
		PdfPTable table = new PdfPTable(Math.min(4, key.size()));
		table.setWidthPercentage(100);
		table.setSpacingBefore(8);
		table.setKeepTogether(true);
		// The cells that complete the last row are blank, without a border.
		table.getDefaultCell().setBorder(PdfPCell.NO_BORDER);
		for (MonthlyReport.AnnexRow r : key) {
			Phrase figure = new Phrase();
			figure.add(new Chunk(r.value() + "\n", HEADING));
			figure.add(new Chunk(r.item(), SMALL));
			PdfPCell cell = new PdfPCell(figure);
			cell.setBorderColor(new Color(0xd9, 0xe1, 0xea));
			cell.setHorizontalAlignment(Element.ALIGN_CENTER);
			cell.setPaddingBottom(5);
			table.addCell(cell);
		}
		table.completeRow();
		document.add(table);
	}

	private static void significantIncidents(Document document, MonthlyReport report) {
		List<org.bluehelmet.incident.Incident> significant = ReportText.significant(report);
		if (significant.isEmpty()) {
			return;
		}
		ReportWords w = report.words();
		PdfPTable table = table(w.t("report.significantHeading"), new float[] { 1.6f, 2.2f, 3.4f, 1.4f, 1.1f, 1.1f, 5 },
				incidentColumns(w).toArray(String[]::new));
		for (org.bluehelmet.incident.Incident i : significant) {
			String description = i.report().description() == null ? "" : i.report().description();
			row(table, w.day(i.report().occurredOn()), ReportText.category(w, i.report().category()),
					ReportText.place(i), i.sector() == null ? "" : i.sector(),
					Integer.toString(i.report().casualties().killed()),
					Integer.toString(i.report().casualties().wounded()),
					description.length() > 160 ? description.substring(0, 159) + "…" : description);
		}
		document.add(table);
		document.add(new Paragraph(
				w.t("report.significantNote", "most", ReportText.SIGNIFICANT, "incidents", report.incidents().size()),
				SMALL));
	}

	/**
	 * The columns of the significant incidents' table, as the HTML report names them too.
	 */
	static List<String> incidentColumns(ReportWords w) {
		return List.of(w.t("list.day"), w.t("report.col.what"), w.t("report.col.where"), w.t("map.sector"),
				w.t("list.col.killed"), w.t("report.col.wounded"), w.t("list.description"));
	}

	/** The columns of the indicators' table. */
	static List<String> indicatorColumns(ReportWords w) {
		return List.of(w.t("perf.code"), w.t("report.col.indicator"), w.t("report.col.value"), w.t("report.col.change"),
				w.t("report.col.target"), w.t("report.col.baseline"), w.t("list.col.status"));
	}

	/** The columns of the alerts' table. */
	static List<String> alertColumns(ReportWords w) {
		return List.of(w.t("report.col.where"), w.t("report.col.chance"), w.t("report.col.people"),
				w.t("report.col.reach"));
	}

	private static void protectionGap(Document document, ReportWords w, List<ProtectionGap> gap) {
		PdfPTable table = table(w.t("report.gapHeading"), new float[] { 3, 2, 2, 2, 2 }, w.t("map.sector"),
				w.t("report.col.attacks"), w.t("report.col.attackShare"), w.t("report.col.troops"),
				w.t("report.col.troopShare"));
		for (ProtectionGap g : gap) {
			row(table, g.sector(), Long.toString(g.attacksOnCivilians()), w.percent(g.attackShare()),
					w.number(g.troops()), w.percent(g.troopShare()));
		}
		document.add(table);
	}

	private static void posture(Document document, ReportWords w, ScenarioResult posture) {
		if (posture == null) {
			return;
		}
		PdfPTable table = table(w.t("report.reachHeading", "month", posture.month()), new float[] { 3, 2, 2, 2 },
				w.t("map.sector"), w.t("report.col.peopleAtRisk"), w.t("report.col.within3h"),
				w.t("report.col.troops"));
		for (ScenarioResult.SectorMeasures s : posture.measures().sectors()) {
			row(table, s.sector(), w.number(Math.rint(s.peopleAtRisk())), w.percent(s.shareWithinReach()),
					w.number(s.troops()));
		}
		document.add(table);
		document.add(new Paragraph(w.t("report.outsideCasevac", "camps", ReportText.outsideCasevac(w, posture)), TEXT));
	}

	private static void indicators(Document document, MonthlyReport report) throws IOException {
		ReportWords w = report.words();
		PdfPTable table = table(w.t("report.section.indicators"), new float[] { 1.2f, 4, 1.5f, 1.5f, 1.5f, 1.5f, 1.5f },
				indicatorColumns(w).toArray(String[]::new));
		for (IndicatorSeries s : report.indicators()) {
			row(table, s.indicator().code(), s.indicator().name(), w.value(s.value(), s.indicator().measure()),
					ReportText.change(w, s), w.value(s.indicator().target(), s.indicator().measure()),
					w.value(s.baseline(), s.indicator().measure()), w.t("perfStatus." + s.status()));
		}
		document.add(table);
		PdfPTable charts = new PdfPTable(2);
		charts.setWidthPercentage(100);
		charts.setSpacingBefore(6);
		for (IndicatorSeries s : report.indicators()) {
			PdfPCell cell = new PdfPCell();
			cell.setBorderColor(new Color(0xd9, 0xe1, 0xea));
			cell.addElement(new Paragraph(
					s.indicator().code() + " " + s.indicator().name() + " (" + w.t("perfStatus." + s.status()) + ")",
					CELL_BOLD));
			if (s.hasData()) {
				Image chart = Image.getInstance(ReportFigures.indicatorChart(s, w, 520, 260), null);
				chart.scaleToFit(245, 125);
				cell.addElement(chart);
			}
			else {
				cell.addElement(new Paragraph(w.t("report.noDataMonths"), TEXT));
			}
			cell.addElement(new Paragraph(s.indicator().definition(w), SMALL));
			charts.addCell(cell);
		}
		charts.completeRow();
		document.add(charts);
	}

	private static void forceGeneration(Document document, ReportWords w,
			org.bluehelmet.forcegen.RequirementFill fill) {
		if (fill.lines().isEmpty()) {
			return;
		}
		PdfPTable table = table(w.t("report.forceHeading", "day", fill.asOf().toString()),
				new float[] { 3, 4, 2, 2, 2, 2 }, ReportText.forceColumns(w).toArray(String[]::new));
		for (List<String> line : ReportText.forceLines(w, fill)) {
			row(table, line.toArray(String[]::new));
		}
		document.add(table);
	}

	private static void alerts(Document document, MonthlyReport report) {
		ReportWords w = report.words();
		String title = w.t("report.alertsHeading", "month", report.month().plusMonths(1));
		if (report.alerts().isEmpty()) {
			heading(document, title);
			document.add(new Paragraph(ReportText.noAlerts(report), TEXT));
			return;
		}
		PdfPTable table = table(title, new float[] { 3.5f, 1.2f, 1.5f, 4 }, alertColumns(w).toArray(String[]::new));
		for (MonthlyReport.AlertLine a : report.alerts()) {
			row(table, a.where(), w.percent(a.probability()), w.number(a.population()), a.reach());
		}
		document.add(table);
	}

	private static void annex(Document document, ReportWords w, List<MonthlyReport.AnnexRow> annex) {
		document.newPage();
		heading(document, w.t("report.annexHeading"));
		document.add(new Paragraph(w.t("report.annexAlsoCsv"), SMALL));
		PdfPTable table = table(null, new float[] { 2, 3, 1.5f, 1.5f, 5 },
				ReportHtml.annexColumns(w).toArray(String[]::new));
		table.setKeepTogether(false);
		for (MonthlyReport.AnnexRow r : annex) {
			row(table, r.section(), r.item(), r.value(), r.unit(), r.source());
		}
		document.add(table);
	}

	/**
	 * A table whose title is its first header row, so that a title never ends a page
	 * without its table: a short table moves whole to the next page, title included; a
	 * long one (the annex) repeats its title and column names on every page.
	 */
	private static PdfPTable table(String title, float[] widths, String... headers) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setSpacingBefore(title == null ? 0 : 6);
		table.setHeaderRows(title == null ? 1 : 2);
		table.setKeepTogether(true);
		if (title != null) {
			PdfPCell caption = new PdfPCell(new Phrase(title, HEADING));
			caption.setColspan(widths.length);
			caption.setBorder(PdfPCell.NO_BORDER);
			caption.setPaddingBottom(6);
			table.addCell(caption);
		}
		for (String header : headers) {
			PdfPCell cell = new PdfPCell(new Phrase(header, CELL_BOLD));
			cell.setBackgroundColor(new Color(0xee, 0xf3, 0xf8));
			table.addCell(cell);
		}
		return table;
	}

	private static void row(PdfPTable table, String... cells) {
		for (String text : cells) {
			PdfPCell cell = new PdfPCell(new Phrase(new Chunk(text == null ? "" : text, CELL)));
			cell.setBorderColor(new Color(0xd9, 0xe1, 0xea));
			if (ReportText.isFigure(text)) {
				cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
			}
			table.addCell(cell);
		}
	}

}
