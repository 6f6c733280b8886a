package org.bluehelmet.warning;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.bluehelmet.geo.CsvRecords;
import org.bluehelmet.geo.GridCell;
import org.bluehelmet.geo.PrioGridCsvReader;
import org.bluehelmet.incident.NewIncident;
import org.bluehelmet.incident.UcdpGedCsvReader;
import org.bluehelmet.system.RejectedFileException;

/**
 * A panel from files: events in the UCDP GED layout and cells in the layout of
 * {@code priogrid_mali.csv}. Only events up to {@code until} are read into it, so that a
 * forecast can never see what happened after its origin.
 */
public final class PanelFiles {

	private PanelFiles() {
	}

	/**
	 * Reads the files.
	 * @param until the last month to keep (later events are dropped)
	 */
	public static CellMonthPanel read(Path events, Path cellsFile, YearMonth until) {
		List<GridCell> cells;
		try (Reader reader = Files.newBufferedReader(cellsFile, StandardCharsets.UTF_8)) {
			cells = PrioGridCsvReader.read(reader, cellsFile.getFileName().toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + cellsFile, ex);
		}
		List<NewIncident> all = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
			CsvRecords.Outcome outcome = UcdpGedCsvReader.read(reader, (event, line) -> all.add(event));
			if (outcome.hasProblems()) {
				throw new RejectedFileException(events.getFileName().toString(), outcome.problems());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + events, ex);
		}
		YearMonth first = all.stream()
			.map(e -> YearMonth.from(e.occurredOn()))
			.min(YearMonth::compareTo)
			.orElse(until.minusMonths(Baselines.WINDOW));
		CellMonthPanel panel = new CellMonthPanel(cells, first.isAfter(until) ? until : first, until);
		all.forEach(panel::add);
		return panel;
	}

}
