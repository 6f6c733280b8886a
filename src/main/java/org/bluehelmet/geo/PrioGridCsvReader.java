package org.bluehelmet.geo;

import java.io.Reader;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

/**
 * Reads PRIO-GRID cells from the CSV layout of {@code priogrid_mali.csv}:
 * {@code gid, row, col,
 * lon, lat, landarea_km2, mountains_share, ttime_min, centre_in_mali, region, cercle_pcode,
 * population_2020_est}. The column {@code centre_in_<country>} may name any country. A
 * cell's {@code row}/{@code col}, where given, must agree with its {@code gid}.
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

	private static String inCountryColumn(List<String> header) {
		return header.stream().filter(name -> name.startsWith("centre_in_")).findFirst().orElse("centre_in_country");
	}

	private static GridCell cell(CSVRecord record, String inCountryColumn) {
		int gid = CsvRecords.requiredInteger(record, "gid");
		Integer row = CsvRecords.integer(record, "row");
		Integer col = CsvRecords.integer(record, "col");
		if (row != null && col != null && PrioGrid.gid(row, col) != gid) {
			throw new CsvRecords.BadField("gid", "gid " + gid + " does not match row " + row + " and col " + col);
		}
		Position centre = PrioGrid.centreOf(gid);
		Double lon = CsvRecords.decimal(record, "lon");
		Double lat = CsvRecords.decimal(record, "lat");
		if (lon != null && lat != null && centre.distanceKm(new Position(lon, lat)) > 1) {
			throw new CsvRecords.BadField("lon", "centre " + lon + "," + lat + " is not the centre of cell " + gid);
		}
		Integer population = CsvRecords.integer(record, "population_2020_est");
		return new GridCell(gid, centre, CsvRecords.decimal(record, "landarea_km2"),
				CsvRecords.decimal(record, "mountains_share"), CsvRecords.integer(record, "ttime_min"),
				"true".equalsIgnoreCase(CsvRecords.text(record, inCountryColumn)), CsvRecords.text(record, "region"),
				CsvRecords.text(record, "cercle_pcode"), population == null ? 0 : population);
	}

}
