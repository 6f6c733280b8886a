package org.bluehelmet.incident;

import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import org.bluehelmet.geo.BadField;
import org.bluehelmet.geo.RowCheck;
import org.bluehelmet.system.CsvCells;
import org.bluehelmet.geo.CsvRecords;
import org.bluehelmet.geo.CsvRow;
import org.bluehelmet.geo.Position;
import org.bluehelmet.text.Phrase;

/**
 * Reads Blue Helmet's own CSV layout, the one {@link IncidentExport} writes, so that an
 * export imports again unchanged. Columns (header names; order free; unknown columns
 * ignored):
 * <ul>
 * <li>required: {@code source}, {@code source_id}, {@code occurred_on} (YYYY-MM-DD),
 * {@code lat}, {@code lon}, {@code category} (an {@link IncidentCategory} name);</li>
 * <li>optional: {@code occurred_until}, {@code occurred_time} (HH:MM, UTC),
 * {@code time_precision} (a {@link TimePrecision} name, default DAY, EXACT when a time is
 * given), {@code position_precision} (a {@link PositionPrecision} name, default EXACT),
 * {@code location_name}, {@code target} (a {@link Target} name, default UNKNOWN),
 * {@code perpetrator}, {@code other_side}, {@code killed_peacekeepers},
 * {@code killed_civilians}, {@code killed_others}, {@code wounded_peacekeepers},
 * {@code wounded_civilians}, {@code wounded_others}, {@code description};</li>
 * <li>ignored, being derived or part of triage: {@code id}, {@code priogrid_gid},
 * {@code sector}, {@code status}, {@code priority}.</li>
 * </ul>
 * A second row of HXL hashtags (first field starting with {@code #}) is skipped.
 * <p>
 * Parsing only: no Spring, no database.
 */
final class NativeCsvReader {

	private NativeCsvReader() {
	}

	public static CsvRecords.Outcome read(Reader source, CsvRecords.RowSink<NewIncident> sink) {
		return CsvRecords.stream(source,
				(record, line, header) -> isHashtagRow(record) ? null : incident(exported(record)), sink);
	}

	/** Fields as written before the export made them safe for spreadsheets. */
	private static CsvRecords.Fields exported(CsvRecords.Fields fields) {
		return name -> CsvCells.unsafe(fields.raw(name));
	}

	private static boolean isHashtagRow(CsvRow record) {
		return record.size() > 0 && record.get(0).startsWith("#");
	}

	/**
	 * The incident of one row of named fields (a CSV record, or a GeoJSON feature's
	 * properties).
	 */
	static NewIncident incident(CsvRecords.Fields record) {
		// Every field is read before any problem is thrown, so that a report names them
		// all.
		RowCheck row = new RowCheck();
		String source = row.read(() -> CsvRecords.required(record, "source"));
		String sourceId = row.read(() -> CsvRecords.required(record, "source_id"));
		LocalDate on = row.read(() -> day(record, "occurred_on", true));
		LocalDate until = row.read(() -> day(record, "occurred_until", false));
		LocalTime time = row.read(() -> time(record));
		TimePrecision timePrecision = row.read(() -> enumValue(TimePrecision.class, record, "time_precision",
				time == null ? TimePrecision.DAY : TimePrecision.EXACT));
		Position position = row.read(() -> CsvRecords.position(record, "lon", "lat"));
		PositionPrecision positionPrecision = row
			.read(() -> enumValue(PositionPrecision.class, record, "position_precision", PositionPrecision.EXACT));
		IncidentCategory category = row.read(() -> enumValue(IncidentCategory.class, record, "category", null));
		Target target = row.read(() -> enumValue(Target.class, record, "target", Target.UNKNOWN));
		Casualties casualties = new Casualties(row.read(() -> count(record, "killed_peacekeepers")),
				row.read(() -> count(record, "killed_civilians")), row.read(() -> count(record, "killed_others")),
				row.read(() -> count(record, "wounded_peacekeepers")),
				row.read(() -> count(record, "wounded_civilians")), row.read(() -> count(record, "wounded_others")));
		row.done();
		return new NewIncident(source, sourceId, on, until, time, timePrecision, position, positionPrecision,
				CsvRecords.text(record, "location_name"), category, target, CsvRecords.text(record, "perpetrator"),
				CsvRecords.text(record, "other_side"), casualties, CsvRecords.text(record, "description"),
				PersonalData.of(CsvRecords.text(record, "victims"), CsvRecords.text(record, "witnesses"),
						CsvRecords.text(record, "informants"), CsvRecords.text(record, "restricted_notes")));
	}

	private static LocalDate day(CsvRecords.Fields record, String column, boolean required) {
		String text = required ? CsvRecords.required(record, column) : CsvRecords.text(record, column);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.replace('/', '-'));
		}
		catch (DateTimeParseException ex) {
			throw new BadField(column, Phrase.of("row.notADay", "value", Phrase.verbatim(text)));
		}
	}

	private static LocalTime time(CsvRecords.Fields record) {
		String text = CsvRecords.text(record, "occurred_time");
		if (text == null) {
			return null;
		}
		try {
			return LocalTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new BadField("occurred_time", Phrase.of("row.notATime", "value", Phrase.verbatim(text)));
		}
	}

	private static Integer count(CsvRecords.Fields record, String column) {
		Integer count = CsvRecords.integer(record, column);
		if (count != null && count < 0) {
			throw new BadField(column, Phrase.of("row.negative"));
		}
		return count;
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, CsvRecords.Fields record, String column,
			E otherwise) {
		String text = otherwise == null ? CsvRecords.required(record, column) : CsvRecords.text(record, column);
		if (text == null) {
			return otherwise;
		}
		try {
			return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadField(column, Phrase.of("row.notOneOf", "value", Phrase.verbatim(text), "values",
					Phrase.verbatim(Arrays.toString(type.getEnumConstants()))));
		}
	}

}
