package org.bluehelmet.geo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bluehelmet.system.RejectedFileException;
import org.bluehelmet.system.RowProblem;

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
		List<GridCell> cells = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		try (CSVParser parser = CsvRecords.open(source)) {
			String inCountryColumn = parser.getHeaderNames()
				.stream()
				.filter(name -> name.startsWith("centre_in_"))
				.findFirst()
				.orElse("centre_in_country");
			long previousEnd = 1;
			for (CSVRecord record : parser) {
				long line = CsvRecords.startLine(previousEnd);
				previousEnd = parser.getCurrentLineNumber();
				try {
					cells.add(cell(record, inCountryColumn));
				}
				catch (CsvRecords.BadField ex) {
					problems.add(new RowProblem(line, ex.column(), ex.getMessage()));
				}
				catch (RuntimeException ex) {
					problems.add(new RowProblem(line, null, ex.getMessage()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!problems.isEmpty()) {
			throw new RejectedFileException(fileName, problems);
		}
		return cells;
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
