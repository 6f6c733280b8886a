package org.bluehelmet.incident;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.bluehelmet.geo.BadField;
import org.bluehelmet.geo.RowCheck;
import org.bluehelmet.geo.CsvRecords;
import org.bluehelmet.geo.CsvRow;
import org.bluehelmet.geo.Position;
import org.bluehelmet.text.Phrase;

/**
 * Reads ACLED's standard CSV export (Raleigh et al. 2010, "Introducing ACLED", Journal of
 * Peace Research 47(5); ACLED codebook): {@code event_id_cnty}, {@code event_date}
 * (YYYY-MM-DD, or "16 May 2025" in older exports), {@code time_precision} (1 day, 2 week,
 * 3 month), {@code event_type}, {@code sub_event_type}, {@code actor1}, {@code actor2},
 * {@code inter2}, {@code civilian_targeting}, {@code location}, {@code latitude},
 * {@code longitude}, {@code geo_precision} (1 exact, 2 near, 3 a larger region),
 * {@code fatalities}, {@code notes}. Categories and targets as {@link SourceCategories}
 * says. ACLED gives one fatality count: it is counted as civilians for events that target
 * civilians, as others otherwise.
 * <p>
 * Parsing only: no Spring, no database.
 */
final class AcledCsvReader {

	/** The source name stored with every ACLED event. */
	public static final String SOURCE = "ACLED";

	private static final DateTimeFormatter OLD_DATES = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private AcledCsvReader() {
	}

	public static CsvRecords.Outcome read(Reader source, CsvRecords.RowSink<NewIncident> sink) {
		return CsvRecords.stream(source, (record, line, header) -> incident(record), sink);
	}

	static NewIncident incident(CsvRow record) {
		// Every field is read before any problem is thrown, so that a report names them
		// all.
		RowCheck row = new RowCheck();
		Position position = row.read(() -> CsvRecords.position(record, "longitude", "latitude"));
		Integer fatalities = row.read(() -> CsvRecords.integer(record, "fatalities"));
		if (fatalities != null && fatalities < 0) {
			row.problem("fatalities", "must not be negative");
		}
		String id = row.read(() -> CsvRecords.required(record, "event_id_cnty"));
		LocalDate day = row.read(() -> day(record));
		TimePrecision timePrecision = row.read(() -> timePrecision(record));
		PositionPrecision positionPrecision = row.read(() -> positionPrecision(record));
		row.done();
		Target target = SourceCategories.acledTarget(CsvRecords.text(record, "civilian_targeting"),
				CsvRecords.text(record, "actor2"), CsvRecords.text(record, "inter2"));
		boolean civilians = target == Target.CIVILIANS;
		Casualties casualties = new Casualties(null, civilians ? fatalities : null, civilians ? null : fatalities, null,
				null, null);
		return new NewIncident(SOURCE, id, day, null, null, timePrecision, position, positionPrecision,
				CsvRecords.text(record, "location"),
				SourceCategories.fromAcled(CsvRecords.text(record, "event_type"),
						CsvRecords.text(record, "sub_event_type")),
				target, CsvRecords.text(record, "actor1"), CsvRecords.text(record, "actor2"), casualties,
				CsvRecords.text(record, "notes"), null);
	}

	private static LocalDate day(CsvRow record) {
		String text = CsvRecords.required(record, "event_date");
		try {
			return Character.isDigit(text.charAt(0)) && text.length() == 10 && text.charAt(4) == '-'
					? LocalDate.parse(text) : LocalDate.parse(text, OLD_DATES);
		}
		catch (DateTimeParseException ex) {
			throw new BadField("event_date", Phrase.of("row.notAnAcledDay", "value", Phrase.verbatim(text)));
		}
	}

	private static TimePrecision timePrecision(CsvRow record) {
		return CsvRecords.coded(record, "time_precision", TimePrecision.DAY,
				List.of(TimePrecision.DAY, TimePrecision.WEEK, TimePrecision.MONTH));
	}

	private static PositionPrecision positionPrecision(CsvRow record) {
		return CsvRecords.coded(record, "geo_precision", PositionPrecision.NEAR,
				List.of(PositionPrecision.EXACT, PositionPrecision.NEAR, PositionPrecision.REGION));
	}

}
