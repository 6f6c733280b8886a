package org.bluehelmet.geo;

import java.io.Reader;
import java.util.List;

import org.bluehelmet.system.RowProblem;
import org.bluehelmet.text.Phrase;

/**
 * Reads PRIO-GRID cells from the CSV layout of a mission pack's {@code cells.csv}:
 * {@code gid, lon, lat, landarea_km2, mountains_share, ttime_min, centre_in_country,
 * region, admin2_code, population}, with {@code row} and {@code col} optional (other
 * columns are ignored). The layout of the PRIO-GRID extracts this project was first given
 * is read too: {@code centre_in_<country>}, {@code cercle_pcode} for the area code and
 * {@code population_2020_est} for the population. A cell's {@code row}/{@code col}, where
 * given, must agree with its {@code gid}.
 * <p>
 * Parsing only: no Spring, no database. Every bad row is collected; if any, the whole
 * file is rejected with all of them.
 */
public final class PrioGridCsvReader {

	private PrioGridCsvReader() {
	}

	public static List<GridCell> read(Reader source, String fileName) {
		return CsvRecords.readAll(source, fileName, (record, line, header) -> cell(record, inCountryColumn(header)));
	}

	/** The good cells; the bad rows' problems are added to {@code problems}. */
	public static List<GridCell> readGood(Reader source, List<RowProblem> problems) {
		return CsvRecords.readGood(source, (record, line, header) -> cell(record, inCountryColumn(header)), problems);
	}

	/** A flag as packs made elsewhere write it: true/false, 1/0 or yes/no. */
	private static boolean inCountry(String text, String column) {
		String value = text == null ? "" : text.toLowerCase(java.util.Locale.ROOT);
		return switch (value) {
			case "true", "1", "yes" -> true;
			case "false", "0", "no" -> false;
			default -> throw new BadField(column, Phrase.of("row.notABoolean", "value", Phrase.verbatim(text)));
		};
	}

	/**
	 * A count that sources give as a decimal (PRIO-GRID's mean travel time, population
	 * estimates spread over cells), rounded to a whole number.
	 */
	private static Integer rounded(CsvRow record, String column) {
		Double value = CsvRecords.decimal(record, column);
		if (value == null) {
			return null;
		}
		if (!Double.isFinite(value) || Math.abs(value) > Integer.MAX_VALUE) {
			throw new BadField(column, Phrase.of("row.notANumber", "value", Phrase.verbatim(String.valueOf(value))));
		}
		return (int) Math.round(value);
	}

	private static String inCountryColumn(List<String> header) {
		return header.stream().filter(name -> name.startsWith("centre_in_")).findFirst().orElse("centre_in_country");
	}

	private static GridCell cell(CsvRow record, String inCountryColumn) {
		int gid = CsvRecords.requiredInteger(record, "gid");
		Integer row = CsvRecords.integer(record, "row");
		Integer col = CsvRecords.integer(record, "col");
		if (row != null && col != null && PrioGrid.gid(row, col) != gid) {
			throw new BadField("gid", Phrase.of("row.gid", "gid", String.valueOf(gid), "row", String.valueOf(row),
					"col", String.valueOf(col)));
		}
		Position centre = PrioGrid.centreOf(gid);
		Double lon = CsvRecords.decimal(record, "lon");
		Double lat = CsvRecords.decimal(record, "lat");
		if (lon != null && lat != null && centre.distanceKm(new Position(lon, lat)) > 1) {
			throw new BadField("lon", Phrase.of("row.centre", "lon", String.valueOf(lon), "lat", String.valueOf(lat),
					"gid", String.valueOf(gid)));
		}
		Integer population = rounded(record, record.has("population") ? "population" : "population_2020_est");
		if (population != null && population < 0) {
			throw new BadField("population", Phrase.of("row.negative"));
		}
		String admin2 = CsvRecords.text(record, record.has("admin2_code") ? "admin2_code" : "cercle_pcode");
		return new GridCell(gid, centre, CsvRecords.decimal(record, "landarea_km2"),
				CsvRecords.decimal(record, "mountains_share"), rounded(record, "ttime_min"),
				inCountry(CsvRecords.text(record, inCountryColumn), inCountryColumn), CsvRecords.text(record, "region"),
				admin2, population == null ? 0 : population);
	}

}
