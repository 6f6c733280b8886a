package org.bluehelmet.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.bluehelmet.geo.GridCell;
import org.bluehelmet.geo.Position;
import org.bluehelmet.geo.PrioGrid;
import org.bluehelmet.geo.PrioGridCsvReader;
import org.bluehelmet.incident.NewIncident;
import org.bluehelmet.incident.UcdpGedCsvReader;
import org.bluehelmet.warning.BoostedHurdleModel;
import org.bluehelmet.warning.Baselines;
import org.bluehelmet.warning.CellMonthPanel;
import org.bluehelmet.warning.Forecast;
import org.bluehelmet.warning.ForecastTarget;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench warning}: training and forecasting the learned early-warning model on a
 * large area, made by tiling the real cells and their events (each tile shifted by 15°),
 * beside the conflictology baseline on the same panel (the reference).
 */
@Command(name = "warning", mixinStandardHelpOptions = true,
		description = "Time the learned early-warning model on a large tiled panel of real cells and events.")
class WarningBenchmark implements Callable<Integer> {

	@Option(names = "--tiles", defaultValue = "20",
			description = "Copies of the real area (default: ${DEFAULT-VALUE}).")
	int tiles;

	@Option(names = "--cells", defaultValue = "../shared/data/priogrid_mali.csv", description = "Real cells.")
	Path cellsFile;

	@Mixin
	BenchCommand.RealEvents realEvents;

	@Option(names = "--origin", defaultValue = "2020-12", description = "Forecast origin (default: ${DEFAULT-VALUE}).")
	String origin;

	@Override
	public Integer call() throws IOException {
		List<GridCell> real;
		try (Reader reader = Files.newBufferedReader(cellsFile, StandardCharsets.UTF_8)) {
			real = PrioGridCsvReader.read(reader, cellsFile.getFileName().toString());
		}
		List<NewIncident> events = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(realEvents.file, StandardCharsets.UTF_8)) {
			UcdpGedCsvReader.read(reader, (event, line) -> events.add(event));
		}
		YearMonth originMonth = YearMonth.parse(origin);
		List<GridCell> cells = new ArrayList<>();
		for (int k = 0; k < tiles; k++) {
			for (GridCell cell : real) {
				Position centre = shift(cell.centre(), k);
				cells.add(new GridCell(PrioGrid.gidOf(centre), centre, cell.landAreaKm2(), cell.mountainsShare(),
						cell.travelTimeMinutes(), cell.centreInCountry(), cell.region(), cell.admin2Code(),
						cell.population()));
			}
		}
		CellMonthPanel panel = new CellMonthPanel(cells, originMonth.minusYears(14), originMonth);
		for (NewIncident event : events) {
			for (int k = 0; k < tiles; k++) {
				panel.add(new NewIncident(event.source(), event.sourceId() + "-" + k, event.occurredOn(),
						event.occurredUntil(), event.occurredTime(), event.timePrecision(), shift(event.position(), k),
						event.positionPrecision(), event.locationName(), event.category(), event.target(),
						event.perpetrator(), event.otherSide(), event.casualties(), event.description(), null));
			}
		}
		System.out.printf("%,d cells (%d tiles of %d), origin %s, 12 months, 200 samples, heap limit %,d MiB%n",
				cells.size(), tiles, real.size(), originMonth, Runtime.getRuntime().maxMemory() / (1024 * 1024));
		time("conflictology (reference)", () -> Baselines.CONFLICTOLOGY.forecast(panel, ForecastTarget.CIVILIAN_ATTACKS,
				originMonth, 12, 200, 1));
		time("boosted hurdle: train and forecast", () -> new BoostedHurdleModel().forecast(panel,
				ForecastTarget.CIVILIAN_ATTACKS, originMonth, 12, 200, 1));
		return 0;
	}

	private static void time(String what, java.util.function.Supplier<Forecast> run) {
		System.gc();
		long start = System.nanoTime();
		Forecast forecast = run.get();
		double seconds = (System.nanoTime() - start) / 1e9;
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		System.out.printf("%-40s %8.2f s   heap in use after: %,d MiB (%d cells forecast)%n", what, seconds,
				(runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024), forecast.samples().length);
	}

	/** Tile {@code k} of a 4 × 5 layout, 15° apart: far enough that tiles never touch. */
	private static Position shift(Position position, int k) {
		return new Position(position.lon() + 15.0 * (k % 5), position.lat() + 15.0 * (k / 5));
	}

}
