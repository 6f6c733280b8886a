package org.bluehelmet.warning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bluehelmet.system.InvalidInputException;

/**
 * Scores models on what they would have forecast: from each origin, every model forecasts
 * the months after it from the data up to it, and is scored against what then happened,
 * cell by cell, per horizon and over all. Only cells whose centre lies in the area are
 * scored (the panel may hold neighbours for context).
 */
public final class Backtest {

	private Backtest() {
	}

	/**
	 * One line of the table: a model's mean scores at one horizon ({@code 0} for all
	 * horizons together).
	 */
	public record Line(String model, int horizon, double crps, double brier, double averagePrecision, double logScore,
			int cases) {
	}

	/**
	 * Told before each model forecasts from each origin (the long steps) and once at the
	 * end, with how many steps are done.
	 */
	@FunctionalInterface
	public interface Progress {

		Progress NONE = (done, total, next) -> {
		};

		void step(int done, int total, String next);

	}

	public static List<Line> run(CellMonthPanel panel, List<ForecastModel> models, List<YearMonth> origins,
			ForecastTarget target, int horizon, int samples, long seed) {
		return run(panel, models, origins, target, horizon, samples, seed, Progress.NONE);
	}

	public static List<Line> run(CellMonthPanel panel, List<ForecastModel> models, List<YearMonth> origins,
			ForecastTarget target, int horizon, int samples, long seed, Progress progress) {
		YearMonth dataEnd = panel.lastMonthWithEvents();
		for (YearMonth origin : origins) {
			if (dataEnd == null || origin.plusMonths(horizon).isAfter(dataEnd)) {
				throw new InvalidInputException("origins", "origin " + origin + " plus " + horizon
						+ " months goes beyond the data's last month with events, " + dataEnd);
			}
		}
		List<Integer> scored = new ArrayList<>();
		for (int c = 0; c < panel.cells().size(); c++) {
			if (panel.cells().get(c).centreInCountry()) {
				scored.add(c);
			}
		}
		List<Line> lines = new ArrayList<>();
		int total = models.size() * origins.size();
		int done = 0;
		for (ForecastModel model : models) {
			Accumulator all = new Accumulator();
			Accumulator[] byHorizon = new Accumulator[horizon];
			for (int h = 0; h < horizon; h++) {
				byHorizon[h] = new Accumulator();
			}
			for (YearMonth origin : origins) {
				progress.step(done++, total, model.name() + " from " + origin);
				Forecast forecast = model.forecast(panel, target, origin, horizon, samples, seed);
				int o = panel.monthIndex(origin);
				for (int h = 0; h < horizon; h++) {
					for (int c : scored) {
						int observed = panel.value(target, c, o + h + 1);
						int[] draws = forecast.samples()[c][h];
						double p = forecast.pAny(c, h);
						byHorizon[h].add(draws, observed, p);
						all.add(draws, observed, p);
					}
				}
			}
			for (int h = 0; h < horizon; h++) {
				lines.add(byHorizon[h].line(model.name(), h + 1, samples));
			}
			lines.add(all.line(model.name(), 0, samples));
		}
		progress.step(total, total, "done");
		return lines;
	}

	/** The table as CSV. */
	public static String csv(List<Line> lines) {
		StringBuilder csv = new StringBuilder("model,horizon,crps,brier,average_precision,log_score,cases\n");
		for (Line line : lines) {
			csv.append(String.format(Locale.ROOT, "%s,%s,%.6f,%.6f,%.6f,%.6f,%d%n", line.model(),
					line.horizon() == 0 ? "all" : Integer.toString(line.horizon()), line.crps(), line.brier(),
					line.averagePrecision(), line.logScore(), line.cases()));
		}
		return csv.toString();
	}

	/** Sums of scores over cases, and the cases for average precision. */
	private static final class Accumulator {

		private double crps;

		private final List<double[]> ranked = new ArrayList<>();

		void add(int[] draws, int observed, double p) {
			crps += Scores.crps(draws, observed);
			ranked.add(new double[] { p, observed > 0 ? 1 : 0 });
		}

		Line line(String model, int horizon, int samples) {
			int n = ranked.size();
			double[] p = new double[n];
			boolean[] happened = new boolean[n];
			double brier = 0;
			double log = 0;
			for (int i = 0; i < n; i++) {
				p[i] = ranked.get(i)[0];
				happened[i] = ranked.get(i)[1] > 0;
				brier += Scores.brier(p[i], happened[i]);
				log += Scores.logScore(p[i], happened[i], samples);
			}
			return new Line(model, horizon, crps / n, brier / n, Scores.averagePrecision(p, happened), log / n, n);
		}

	}

}
