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
import org.bluehelmet.geo.PrioGrid;
import org.bluehelmet.geo.PrioGridCsvReader;
import org.bluehelmet.incident.NewIncident;
import org.bluehelmet.incident.UcdpGedCsvReader;
import org.bluehelmet.system.RejectedFileException;

/**
 * A panel from files: events in the UCDP GED layout, from one file or several (a country
 * and its neighbours), and cells in the layout of {@code priogrid_mali.csv} or
 * {@code priogrid_central_african_republic.csv} (flag column
 * {@code centre_in_<country>}). Only events up to {@code until} are read into it, so that
 * a forecast can never see what happened after its origin.
 */
public final class PanelFiles {

	private PanelFiles() {
	}

	/**
	 * Reads one events file and the area's cells.
	 * @param until the last month to keep (later events are dropped)
	 */
	public static CellMonthPanel read(Path events, Path cellsFile, YearMonth until) {
		return read(List.of(events), cellsFile, List.of(), until);
	}

	/**
	 * Reads every events file, the area's cells and other areas' cells to learn from. An
	 * event counts in whichever cell of the panel holds it, whatever its file; each group
	 * of cells (the area, each context file) is known up to the last month with an event
	 * in it, so that a file ending earlier than another does not read as peace.
	 * @param until the last month to keep (later events are dropped)
	 */
	public static CellMonthPanel read(List<Path> events, Path cellsFile, List<Path> contextCells, YearMonth until) {
		List<GridCell> area = cells(cellsFile);
		List<List<GridCell>> context = contextCells.stream().map(PanelFiles::cells).toList();
		List<NewIncident> all = new ArrayList<>();
		for (Path file : events) {
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				CsvRecords.Outcome outcome = UcdpGedCsvReader.read(reader, (event, line) -> {
					if (!YearMonth.from(event.occurredOn()).isAfter(until)) {
						all.add(event);
					}
				});
				if (outcome.hasProblems()) {
					throw new RejectedFileException(file.getFileName().toString(), outcome.problems());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read " + file, ex);
			}
		}
		YearMonth first = all.stream()
			.map(e -> YearMonth.from(e.occurredOn()))
			.min(YearMonth::compareTo)
			.orElse(until.minusMonths(Baselines.WINDOW));
		CellMonthPanel panel = new CellMonthPanel(area, context.stream().flatMap(List::stream).toList(),
				first.isAfter(until) ? until : first, until);
		all.forEach(panel::add);
		for (int k = 0; k < context.size(); k++) {
			cover(panel, context.get(k), all, k + 1);
		}
		return panel;
	}

	/**
	 * Marks a context group's cells as known up to the last month with an event inside
	 * them (their own country's file ends then).
	 */
	private static void cover(CellMonthPanel panel, List<GridCell> group, List<NewIncident> events, int area) {
		java.util.Set<Integer> gids = new java.util.HashSet<>();
		group.stream().filter(GridCell::centreInCountry).forEach(cell -> gids.add(cell.gid()));
		YearMonth last = null;
		for (NewIncident event : events) {
			YearMonth month = YearMonth.from(event.occurredOn());
			if (gids.contains(PrioGrid.gidOf(event.position())) && (last == null || month.isAfter(last))) {
				last = month;
			}
		}
		List<Integer> indexes = group.stream()
			.map(cell -> panel.indexOf(cell.gid()))
			.filter(i -> i >= panel.areaSize())
			.toList();
		// A group with no event at all teaches nothing about violence: leave it out.
		panel.coveredUntil(indexes, last == null ? panel.first().minusMonths(1) : last);
		panel.group(indexes, area);
	}

	private static List<GridCell> cells(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return PrioGridCsvReader.read(reader, file.getFileName().toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

}
