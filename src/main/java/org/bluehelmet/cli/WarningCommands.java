package org.bluehelmet.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.bluehelmet.warning.Backtest;
import org.bluehelmet.warning.BoostedHurdleModel;
import org.bluehelmet.warning.Baselines;
import org.bluehelmet.warning.CellMonthPanel;
import org.bluehelmet.warning.Forecast;
import org.bluehelmet.warning.ForecastModel;
import org.bluehelmet.warning.ForecastTarget;
import org.bluehelmet.warning.PanelFiles;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code forecast} and {@code backtest}: early-warning forecasts from files (UCDP GED
 * events, PRIO-GRID cells), without a database.
 */
final class WarningCommands {

	private WarningCommands() {
	}

	/** What both commands read. */
	abstract static class FromFiles {

		@Option(names = "--events", required = true, paramLabel = "FILE",
				description = "Events, UCDP GED layout; give it several times for several files (a country and its "
						+ "neighbours): each event counts in whichever cell holds it.")
		List<Path> events;

		@Option(names = "--cells", required = true, paramLabel = "FILE",
				description = "PRIO-GRID cells of the area forecast, as priogrid_mali.csv or "
						+ "priogrid_central_african_republic.csv (flag column centre_in_<country>): cells whose "
						+ "centre is in the country are forecast and scored.")
		Path cells;

		@Option(names = "--context-cells", paramLabel = "FILE",
				description = "Other areas' PRIO-GRID cells, same layout, that the learned model also learns from "
						+ "(each known up to its last event); may be given several times.")
		List<Path> contextCells = new java.util.ArrayList<>();

		@Option(names = "--horizon", defaultValue = "12", description = "Months ahead (default: ${DEFAULT-VALUE}).")
		int horizon;

		@Option(names = "--samples", defaultValue = "200",
				description = "Draws per cell and month (default: ${DEFAULT-VALUE}).")
		int samples;

		@Option(names = "--target", required = true, description = "fatalities or civilian-attacks.")
		String target;

		@Option(names = "--seed", defaultValue = "1", description = "Seed of the draws (default: ${DEFAULT-VALUE}).")
		long seed;

		@Option(names = "--max-training-rows", defaultValue = "1500000", paramLabel = "ROWS",
				description = "The most rows (cell × month × months ahead) the learned model learns from; beyond "
						+ "it, every k-th month (default: ${DEFAULT-VALUE}, about 100 MB).")
		int maxTrainingRows;

		@Spec
		CommandLine.Model.CommandSpec spec;

		YearMonth month(String text, String option) {
			try {
				return YearMonth.parse(text.trim());
			}
			catch (DateTimeParseException ex) {
				throw new CommandLine.ParameterException(spec.commandLine(),
						option + " '" + text + "' is not a month; write it as YYYY-MM");
			}
		}

		CellMonthPanel panel(YearMonth until) {
			return PanelFiles.read(events, cells, contextCells, until);
		}

		/** The learned model with the rows it may learn from. */
		ForecastModel learned() {
			if (maxTrainingRows < 1000) {
				throw new CommandLine.ParameterException(spec.commandLine(),
						"--max-training-rows must be at least 1000, not " + maxTrainingRows);
			}
			return new BoostedHurdleModel(maxTrainingRows);
		}

		List<ForecastModel> models() {
			return Baselines.withLearned(learned());
		}

		ForecastModel model(String name) {
			if (name.equals("learned")) {
				return learned();
			}
			return models().stream()
				.filter(m -> m.name().replace(' ', '-').equals(name))
				.findFirst()
				.orElseThrow(
						() -> new CommandLine.ParameterException(spec.commandLine(), "no model " + name + "; one of "
								+ Baselines.withLearned().stream().map(m -> m.name().replace(' ', '-')).toList()));
		}

	}

	@Command(name = "forecast", mixinStandardHelpOptions = true,
			description = "Forecast violence per cell and month after an origin, as samples, to a CSV file.")
	static class ForecastCommand extends FromFiles implements Callable<Integer> {

		@Option(names = "--origin", required = true, paramLabel = "YYYY-MM",
				description = "The last month whose events are used.")
		String origin;

		@Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write.")
		Path out;

		@Option(names = "--model", defaultValue = "conflictology",
				description = "learned (the model the pages use), zero, last-value, conflictology, bootstrap or "
						+ "boosted-hurdle (default: ${DEFAULT-VALUE}).")
		String model;

		@Override
		public Integer call() throws IOException {
			YearMonth originMonth = month(origin, "--origin");
			ForecastTarget forecastTarget = ForecastTarget.parse(target);
			// Only events up to the origin are read: nothing after it can leak in.
			CellMonthPanel panel = panel(originMonth);
			Forecast forecast = model(model).forecast(panel, forecastTarget, originMonth, horizon, samples, seed);
			try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
				writer.write("gid,month,p_any,mean");
				for (int s = 1; s <= samples; s++) {
					writer.write(",s" + s);
				}
				writer.newLine();
				int written = 0;
				for (int c = 0; c < panel.areaSize(); c++) {
					if (!panel.cells().get(c).centreInCountry()) {
						continue;
					}
					for (int h = 0; h < horizon; h++) {
						writer.write(panel.cells().get(c).gid() + "," + originMonth.plusMonths(h + 1L) + ","
								+ String.format(Locale.ROOT, "%.4f,%.4f", forecast.pAny(c, h), forecast.mean(c, h)));
						for (int value : forecast.samples()[c][h]) {
							writer.write("," + value);
						}
						writer.newLine();
					}
					written++;
				}
				System.out.printf("%s of %s for %d cells x %d months after %s (%s, %d samples) written to %s%n",
						forecastTarget.name().toLowerCase(Locale.ROOT), forecast.model(), written, horizon, originMonth,
						"events up to the origin only", samples, out);
			}
			return 0;
		}

	}

	@Command(name = "backtest", mixinStandardHelpOptions = true,
			description = "Score every model and baseline on past origins; print the table and write it as CSV.")
	static class BacktestCommand extends FromFiles implements Callable<Integer> {

		@Option(names = "--origins", required = true, split = ",", paramLabel = "YYYY-MM,…",
				description = "Origins, e.g. 2018-12,2019-12,2020-12.")
		List<String> origins;

		@Option(names = "--out", paramLabel = "FILE", description = "The CSV file (default: backtest-TARGET.csv).")
		Path out;

		@Override
		public Integer call() throws IOException {
			ForecastTarget forecastTarget = ForecastTarget.parse(target);
			List<YearMonth> months = origins.stream().map(o -> month(o, "--origins")).sorted().toList();
			YearMonth last = months.get(months.size() - 1).plusMonths(horizon);
			CellMonthPanel panel = panel(last);
			// Progress on stderr, so that stdout keeps only the table.
			Backtest.Report report = Backtest.evaluate(panel, models(), months, forecastTarget, horizon, samples, seed,
					(done, total, next) -> System.err.printf(Locale.ROOT, "\r  %d of %d: %-40s%s", done, total, next,
							done == total ? System.lineSeparator() : ""));
			List<Backtest.Line> lines = report.lines();
			System.out.printf("%s, origins %s, horizon %d, %d samples%n%n",
					forecastTarget.name().toLowerCase(Locale.ROOT), months, horizon, samples);
			System.out.printf("%-16s %8s %10s %10s %10s %10s %8s%n", "MODEL", "HORIZON", "CRPS", "BRIER", "AP", "LOG",
					"CASES");
			for (Backtest.Line line : lines) {
				System.out.printf(Locale.ROOT, "%-16s %8s %10.4f %10.4f %10.4f %10.4f %8d%n", line.model(),
						line.horizon() == 0 ? "all" : Integer.toString(line.horizon()), line.crps(), line.brier(),
						line.averagePrecision(), line.logScore(), line.cases());
			}
			System.out
				.printf("%nThe learned model against each baseline (90%% intervals: cells drawn with replacement)%n");
			System.out.printf("%-8s %-28s %22s %22s %10s%n", "ORIGIN", "BASELINE", "CRPS RATIO", "AP RATIO", "AP LIFT");
			for (Backtest.Skill skill : report.skill()) {
				System.out.printf(Locale.ROOT, "%-8s %-28s %6.3f [%6.3f,%6.3f] %6.2f [%6.2f,%6.2f] %10.1f%n",
						skill.origin(), skill.baseline(), skill.crpsRatio(), skill.crpsLow(), skill.crpsHigh(),
						skill.apRatio(), skill.apLow(), skill.apHigh(), skill.apLift());
			}
			System.out.printf("%nCalibration of the learned chance of at least one, by tenth of the cases%n");
			System.out.printf("%-7s %12s %12s %8s%n", "DECILE", "PREDICTED", "OBSERVED", "CASES");
			for (Backtest.CalibrationBin bin : report.calibration()) {
				System.out.printf(Locale.ROOT, "%-7d %12.4f %12.4f %8d%n", bin.decile(), bin.meanPredicted(),
						bin.observed(), bin.cases());
			}
			Path file = out != null ? out
					: Path.of("backtest-" + forecastTarget.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".csv");
			Files.writeString(file, Backtest.csv(lines), StandardCharsets.UTF_8);
			System.out.println("\nWritten to " + file + " ("
					+ Arrays.toString(new String[] { "lower is better", "but average precision" })
						.replace("[", "")
						.replace("]", "")
					+ ")");
			return 0;
		}

	}

}
