package org.bluehelmet.mission;

import java.io.Reader;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.bluehelmet.geo.BadField;
import org.bluehelmet.geo.CsvRecords;
import org.bluehelmet.geo.CsvRow;
import org.bluehelmet.geo.Position;
import org.bluehelmet.system.RowProblem;
import org.bluehelmet.text.Phrase;

/**
 * Reads the Geo-PKO v2.1 CSV layout (Cil, Fjelde, Hultman &amp; Nilsson 2020, "Mapping
 * blue helmets", Journal of Peace Research 57(2)): one row per location per UN deployment
 * map, with {@code year}, {@code month}, {@code location}, {@code latitude},
 * {@code longitude}, {@code no.troops}, the unit-type flags named in {@link UnitType},
 * {@code hq}, up to 17 {@code nameoftcc_N}/{@code notroopspertcc_N} pairs,
 * {@code adm1.name} and {@code prioid}. {@code NA} and empty fields mean "not recorded".
 * <p>
 * Parsing only: no Spring, no database. Every bad row is collected; if any, the whole
 * file is rejected with all of them.
 */
final class GeoPkoCsvReader {

	static final int MAX_CONTINGENTS = 17;

	private GeoPkoCsvReader() {
	}

	public static List<GeoPkoRow> read(Reader source, String fileName) {
		return CsvRecords.readAll(source, fileName, (record, line, header) -> row(record, line));
	}

	/** The good rows; the bad rows' problems are added to {@code problems}. */
	public static List<GeoPkoRow> readGood(Reader source, List<RowProblem> problems) {
		return CsvRecords.readGood(source, (record, line, header) -> row(record, line), problems);
	}

	private static GeoPkoRow row(CsvRow record, long line) {
		YearMonth month;
		try {
			month = YearMonth.of(CsvRecords.requiredInteger(record, "year"),
					CsvRecords.requiredInteger(record, "month"));
		}
		catch (DateTimeException ex) {
			throw new BadField("month", ex.getMessage());
		}
		Position position = new Position(CsvRecords.requiredDecimal(record, "longitude"),
				CsvRecords.requiredDecimal(record, "latitude"));
		Integer troops = CsvRecords.integer(record, "no.troops");
		if (troops != null && troops < 0) {
			throw new BadField("no.troops", Phrase.of("row.negative"));
		}
		return new GeoPkoRow(line, CsvRecords.required(record, "source"), CsvRecords.required(record, "mission"), month,
				CsvRecords.required(record, "location"), position, troops, unitTypes(record),
				CsvRecords.integer(record, "hq"), contingents(record), CsvRecords.text(record, "adm1.name"),
				CsvRecords.integer(record, "prioid"));
	}

	private static Set<UnitType> unitTypes(CsvRow record) {
		Set<UnitType> types = EnumSet.noneOf(UnitType.class);
		for (UnitType type : UnitType.values()) {
			type.geoPkoColumn()
				.filter(column -> "1".equals(CsvRecords.text(record, column)))
				.ifPresent(c -> types.add(type));
		}
		return types;
	}

	private static List<GeoPkoRow.CountryTroops> contingents(CsvRow record) {
		List<GeoPkoRow.CountryTroops> contingents = new ArrayList<>();
		for (int i = 1; i <= MAX_CONTINGENTS; i++) {
			String country = CsvRecords.text(record, "nameoftcc_" + i);
			if (country == null) {
				continue;
			}
			String column = "notroopspertcc_" + i;
			String troops = CsvRecords.text(record, column);
			if (troops == null || troops.equalsIgnoreCase("unknown")) {
				contingents.add(new GeoPkoRow.CountryTroops(country, null));
			}
			else {
				contingents.add(new GeoPkoRow.CountryTroops(country, CsvRecords.requiredInteger(record, column)));
			}
		}
		return contingents;
	}

}
