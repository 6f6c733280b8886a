package org.bluehelmet.incident;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import java.util.List;

import org.bluehelmet.geo.BadField;
import org.bluehelmet.geo.RowCheck;
import org.bluehelmet.geo.CsvRecords;
import org.bluehelmet.geo.CsvRow;
import org.bluehelmet.geo.Position;
import org.bluehelmet.text.Phrase;

/**
 * Reads the official UCDP Georeferenced Event Dataset CSV layout (Sundberg &amp; Melander
 * 2013, "Introducing the UCDP Georeferenced Event Dataset", Journal of Peace Research
 * 50(4); GED codebook): {@code id}, {@code type_of_violence}, {@code side_a},
 * {@code side_b}, {@code dyad_name}, {@code where_prec}, {@code where_description},
 * {@code latitude}, {@code longitude}, {@code date_prec}, {@code date_start},
 * {@code date_end}, {@code deaths_a}, {@code deaths_b}, {@code deaths_civilians},
 * {@code deaths_unknown}, {@code best}, {@code source_headline}. Quoted fields may span
 * lines.
 * <p>
 * Parsing only: no Spring, no database. Rows stream to the caller one by one; bad rows
 * are reported with the physical line on which they start.
 */
public final class UcdpGedCsvReader {

	/** The source name stored with every UCDP event. */
	public static final String SOURCE = "UCDP GED";

	private UcdpGedCsvReader() {
	}

	/**
	 * Reads every row, handing each good one to {@code sink}; returns what was read and
	 * the problems of the bad rows.
	 */
	public static CsvRecords.Outcome read(Reader source, CsvRecords.RowSink<NewIncident> sink) {
		return CsvRecords.stream(source, (record, line, header) -> incident(record), sink);
	}

	static NewIncident incident(CsvRow record) {
		// Every field is read before any problem is thrown, so that a report names them
		// all.
		RowCheck row = new RowCheck();
		SourceCategories.Mapping mapping = row.read(() -> mapping(record));
		String id = row.read(() -> CsvRecords.required(record, "id"));
		LocalDate start = row.read(() -> day(record, "date_start"));
		LocalDate end = row.read(() -> CsvRecords.text(record, "date_end") == null ? null : day(record, "date_end"));
		Integer deathsA = row.read(() -> count(record, "deaths_a"));
		Integer deathsB = row.read(() -> count(record, "deaths_b"));
		Integer deathsUnknown = row.read(() -> count(record, "deaths_unknown"));
		Integer civilians = row.read(() -> count(record, "deaths_civilians"));
		Integer best = row.read(() -> CsvRecords.integer(record, "best"));
		if (row.ok() && best != null && best != deathsA + deathsB + deathsUnknown + civilians) {
			row.problem("best", "best " + best + " is not deaths_a + deaths_b + deaths_civilians + deaths_unknown");
		}
		Position position = row.read(() -> CsvRecords.position(record, "longitude", "latitude"));
		TimePrecision timePrecision = row.read(() -> timePrecision(record));
		PositionPrecision positionPrecision = row.read(() -> positionPrecision(record));
		row.done();
		return new NewIncident(SOURCE, id, start, end == null || end.equals(start) ? null : end, null, timePrecision,
				position, positionPrecision, CsvRecords.text(record, "where_description"), mapping.category(),
				mapping.target(), CsvRecords.text(record, "side_a"), CsvRecords.text(record, "side_b"),
				new Casualties(null, civilians, deathsA + deathsB + deathsUnknown, null, null, null),
				description(record), null);
	}

	private static SourceCategories.Mapping mapping(CsvRow record) {
		try {
			return SourceCategories.fromUcdp(CsvRecords.requiredInteger(record, "type_of_violence"));
		}
		catch (IllegalArgumentException ex) {
			throw new BadField("type_of_violence", ex.getMessage());
		}
	}

	private static LocalDate day(CsvRow record, String column) {
		String text = CsvRecords.required(record, column);
		try {
			// "2020-03-14 00:00:00.000" or "2020-03-14"
			return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException ex) {
			throw new BadField(column, Phrase.of("row.notADay", "value", Phrase.verbatim(text)));
		}
	}

	private static int count(CsvRow record, String column) {
		Integer value = CsvRecords.integer(record, column);
		if (value == null) {
			return 0;
		}
		if (value < 0) {
			throw new BadField(column, Phrase.of("row.negative"));
		}
		return value;
	}

	private static TimePrecision timePrecision(CsvRow record) {
		return CsvRecords.coded(record, "date_prec", TimePrecision.YEAR, List.of(TimePrecision.DAY, TimePrecision.DAYS,
				TimePrecision.WEEK, TimePrecision.MONTH, TimePrecision.YEAR));
	}

	private static PositionPrecision positionPrecision(CsvRow record) {
		return CsvRecords.coded(record, "where_prec", PositionPrecision.COUNTRY,
				List.of(PositionPrecision.EXACT, PositionPrecision.NEAR, PositionPrecision.DISTRICT,
						PositionPrecision.REGION, PositionPrecision.REGION, PositionPrecision.COUNTRY,
						PositionPrecision.COUNTRY));
	}

	private static String description(CsvRow record) {
		String dyad = CsvRecords.text(record, "dyad_name");
		String headline = CsvRecords.text(record, "source_headline");
		String text = dyad == null ? "" : dyad;
		if (headline != null) {
			text = text.isEmpty() ? headline : text + ". " + headline;
		}
		return text.isEmpty() ? null : text.length() > 8000 ? text.substring(0, 8000) : text;
	}

}
