package org.bluehelmet.performance;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.bluehelmet.system.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The report's annex as CSV: every figure, its unit and where it comes from. */
final class ReportAnnex {

	private ReportAnnex() {
	}

	/**
	 * The columns in the report's language (English names stay as they were, for the
	 * spreadsheets that read them).
	 */
	static String[] csvHeader(ReportWords w) {
		return new String[] { w.t("report.csv.mission"), w.t("report.csv.month"), w.t("report.csv.section"),
				w.t("report.csv.figure"), w.t("report.csv.value"), w.t("report.csv.unit"), w.t("report.csv.source") };
	}

	static String csv(MonthlyReport report) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder().setHeader(csvHeader(report.words())).get())) {
			for (MonthlyReport.AnnexRow row : report.annex()) {
				csv.printRecord(CsvCells.row(report.missionId(), report.month(), row.section(), row.item(), row.value(),
						row.unit(), row.source()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
