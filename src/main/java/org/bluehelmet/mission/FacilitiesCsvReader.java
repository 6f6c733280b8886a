package org.bluehelmet.mission;

import java.io.Reader;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.bluehelmet.geo.BadField;
import org.bluehelmet.geo.CsvRecords;
import org.bluehelmet.geo.CsvRow;
import org.bluehelmet.text.Phrase;

/**
 * Reads a mission pack's {@code facilities.csv}:
 * {@code site,from,medical_level,air_facility,helicopters,source}. Each row gives a
 * site's facilities from a month on, until the site's next row; {@code helicopters} may
 * be empty where no source says. Every row needs a source: facilities decide whether a
 * place is within casualty-evacuation reach, and a planner must be able to check them.
 * <p>
 * Parsing only: every bad row is collected; if any, the whole file is rejected.
 */
final class FacilitiesCsvReader {

	static final String FILE = "facilities.csv";

	private FacilitiesCsvReader() {
	}

	static List<FacilityRow> read(Reader source) {
		return CsvRecords.readAll(source, FILE, (record, line, header) -> row(record, line));
	}

	private static FacilityRow row(CsvRow record, long line) {
		String site = CsvRecords.required(record, "site");
		YearMonth from = month(CsvRecords.required(record, "from"));
		MedicalLevel medical = SiteFacilities.medicalLevel(CsvRecords.required(record, "medical_level"));
		AirFacility air = SiteFacilities.airFacility(CsvRecords.required(record, "air_facility"));
		Integer helicopters = CsvRecords.integer(record, "helicopters");
		if (helicopters != null && (helicopters < 0 || helicopters > SiteFacilities.MAX_HELICOPTERS)) {
			throw new BadField("helicopters",
					Phrase.of("row.helicopters", "most", SiteFacilities.MAX_HELICOPTERS, "value", helicopters));
		}
		String citation = CsvRecords.required(record, "source");
		if (citation.length() > 500) {
			throw new BadField("source", Phrase.of("row.atMost", "n", 500));
		}
		return new FacilityRow(line, site, new SiteFacilities(from, medical, air, helicopters, citation, true));
	}

	static YearMonth month(String text) {
		try {
			YearMonth month = YearMonth.parse(text);
			if (month.getYear() < 1945 || month.getYear() > 2100) {
				throw new BadField("from", Phrase.of("row.monthRange", "value", Phrase.verbatim(text)));
			}
			return month;
		}
		catch (DateTimeParseException ex) {
			throw new BadField("from", Phrase.of("row.notAMonth", "value", Phrase.verbatim(text)));
		}
	}

}
