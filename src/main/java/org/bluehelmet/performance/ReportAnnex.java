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

	static String csv(MonthlyReport report) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder()
					.setHeader("mission", "month", "section", "figure", "value", "unit", "source")
					.get())) {
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
