package org.bluehelmet.casualty;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.bluehelmet.geo.BadField;
import org.bluehelmet.geo.RowCheck;
import org.bluehelmet.geo.CsvRecords;
import org.bluehelmet.geo.CsvRow;
import org.bluehelmet.text.Phrase;

/**
 * Reads the UN's record of peacekeeping fatalities in the layout the UN publishes it
 * ({@code incident_date, casualty_id, mission_acronym, type_of_casualty, gender,
 * casualty_nationality, casualty_personnel_type, type_of_incident, isocode3,
 * last_update}; other columns ignored). Every problem of every row is named.
 * <p>
 * Parsing only: no Spring, no database.
 */
final class FatalitiesCsvReader {

	/** The columns a file must have. */
	public static final List<String> REQUIRED = List.of("incident_date", "casualty_id", "mission_acronym",
			"type_of_incident");

	private FatalitiesCsvReader() {
	}

	public static CsvRecords.Outcome read(Reader source, CsvRecords.RowSink<PeacekeeperFatality> sink) {
		return CsvRecords.stream(source, (record, line, header) -> fatality(record), sink);
	}

	/** The columns of {@link #REQUIRED} the header lacks. */
	public static List<String> missingFrom(List<String> header) {
		return REQUIRED.stream().filter(column -> !header.contains(column)).toList();
	}

	static PeacekeeperFatality fatality(CsvRow record) {
		RowCheck row = new RowCheck();
		String id = row.read(() -> CsvRecords.required(record, "casualty_id"));
		LocalDate day = row.read(() -> day(record, "incident_date", true));
		String mission = row.read(() -> CsvRecords.required(record, "mission_acronym"));
		String incidentType = row.read(() -> CsvRecords.required(record, "type_of_incident"));
		LocalDate lastUpdate = row.read(() -> day(record, "last_update", false));
		row.done();
		return new PeacekeeperFatality(id, day, mission, CsvRecords.text(record, "type_of_casualty"),
				CsvRecords.text(record, "gender"), CsvRecords.text(record, "casualty_nationality"),
				CsvRecords.text(record, "casualty_personnel_type"), incidentType, CsvRecords.text(record, "isocode3"),
				lastUpdate);
	}

	private static LocalDate day(CsvRow record, String column, boolean required) {
		String text = required ? CsvRecords.required(record, column) : CsvRecords.text(record, column);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException ex) {
			throw new BadField(column, Phrase.of("row.notADay", "value", Phrase.verbatim(text)));
		}
	}

}
