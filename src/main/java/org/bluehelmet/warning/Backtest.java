package org.bluehelmet.warning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;

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
		return evaluate(panel, models, origins, target, horizon, samples, seed, progress).lines();
	}

	/**
	 * The learned model (the last of {@code models}) against one baseline, from one
	 * origin or from all ({@code origin} "all"): its CRPS over the baseline's and its
	 * average precision over the baseline's, each with a 90% interval from a bootstrap
	 * that draws the area's cells with replacement (each cell with all its months, as one
	 * block), and the average precision over the share of cases with an event (what
	 * ranking at random would reach).
	 */
	public record Skill(String origin, String baseline, double crpsRatio, double crpsLow, double crpsHigh,
			double apRatio, double apLow, double apHigh, double eventRate, double apLift) {
	}

	/** One tenth of the cases, by the learned model's chance of at least one. */
	public record CalibrationBin(int decile, double meanPredicted, double observed, int cases) {
	}

	/** Lines per model, the learned model's skill, and its calibration. */
	public record Report(List<Line> lines, List<Skill> skill, List<CalibrationBin> calibration) {
	}

	/** Bootstrap replicates for the intervals. */
	static final int REPLICATES = 1000;

	/**
	 * The same, with the learned model's skill against each baseline and its calibration.
	 */
	public static Report evaluate(CellMonthPanel panel, List<ForecastModel> models, List<YearMonth> origins,
			ForecastTarget target, int horizon, int samples, long seed, Progress progress) {
		YearMonth dataEnd = panel.lastMonthWithEvents();
		for (YearMonth origin : origins) {
			if (dataEnd == null || origin.plusMonths(horizon).isAfter(dataEnd)) {
				throw new InvalidInputException("origins", Phrase.of("problem.warning.beyondData", "origin",
						origin.toString(), "horizon", horizon, "end", dataEnd.toString()));
			}
		}
		List<Integer> scored = new ArrayList<>();
		for (int c = 0; c < panel.areaSize(); c++) {
			if (panel.cells().get(c).centreInCountry()) {
				scored.add(c);
			}
		}
		int perOrigin = scored.size() * horizon;
		Cases[] cases = new Cases[models.size()];
		List<Line> lines = new ArrayList<>();
		int total = models.size() * origins.size();
		int done = 0;
		for (int m = 0; m < models.size(); m++) {
			ForecastModel model = models.get(m);
			cases[m] = new Cases(origins.size() * perOrigin);
			Accumulator all = new Accumulator();
			Accumulator[] byHorizon = new Accumulator[horizon];
			for (int h = 0; h < horizon; h++) {
				byHorizon[h] = new Accumulator();
			}
			for (int k = 0; k < origins.size(); k++) {
				YearMonth origin = origins.get(k);
				progress.step(done++, total, model.name() + " \u00b7 " + origin);
				Forecast forecast = model.forecast(panel, target, origin, horizon, samples, seed);
				int o = panel.monthIndex(origin);
				for (int i = 0; i < scored.size(); i++) {
					int c = scored.get(i);
					for (int h = 0; h < horizon; h++) {
						int observed = panel.value(target, c, o + h + 1);
						int[] draws = forecast.samples()[c][h];
						double p = forecast.pAny(c, h);
						byHorizon[h].add(draws, observed, p);
						all.add(draws, observed, p);
						cases[m].set(k * perOrigin + i * horizon + h, Scores.crps(draws, observed), p, observed > 0);
					}
				}
			}
			for (int h = 0; h < horizon; h++) {
				lines.add(byHorizon[h].line(model.name(), h + 1, samples));
			}
			lines.add(all.line(model.name(), 0, samples));
		}
		progress.step(total, total, "done");
		List<String> names = models.stream().map(ForecastModel::name).toList();
		List<Skill> skill = skill(names, cases, origins, scored.size(), horizon, seed);
		return new Report(lines, skill, calibration(cases[cases.length - 1]));
	}

	/**
	 * Per case (origin, cell, month ahead): the CRPS, the chance of at least one, what
	 * happened.
	 */
	private static final class Cases {

		final double[] crps;

		final double[] p;

		final boolean[] happened;

		Cases(int n) {
			crps = new double[n];
			p = new double[n];
			happened = new boolean[n];
		}

		void set(int i, double crps, double p, boolean happened) {
			this.crps[i] = crps;
			this.p[i] = p;
			this.happened[i] = happened;
		}

	}

	/**
	 * The learned model's ratios against each baseline (and the best of them on CRPS, the
	 * one with the lowest), per origin and over all, with block-bootstrap intervals
	 * (cells as blocks; Efron &amp; Tibshirani 1993, percentile intervals).
	 */
	private static List<Skill> skill(List<String> names, Cases[] cases, List<YearMonth> origins, int cells, int horizon,
			long seed) {
		int learned = names.size() - 1;
		int conflictology = names.indexOf(Baselines.CONFLICTOLOGY.name());
		List<Skill> skill = new ArrayList<>();
		int[][] weights = new int[REPLICATES][cells];
		java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
		for (int[] w : weights) {
			for (int i = 0; i < cells; i++) {
				w[random.nextInt(cells)]++;
			}
		}
		int[] allWeights = new int[cells];
		java.util.Arrays.fill(allWeights, 1);
		for (int k = -1; k < origins.size(); k++) {
			int from = k < 0 ? 0 : k;
			int to = k < 0 ? origins.size() : k + 1;
			String origin = k < 0 ? "all" : origins.get(k).toString();
			Subset subset = new Subset(from, to, cells, horizon);
			double[] crps = new double[names.size()];
			for (int m = 0; m < names.size(); m++) {
				crps[m] = subset.crps(cases[m], allWeights);
			}
			int best = -1;
			for (int m = 0; m < learned; m++) {
				if (best < 0 || crps[m] < crps[best]) {
					best = m;
				}
			}
			double events = subset.events(cases[learned], allWeights);
			double ap = subset.averagePrecision(cases[learned], allWeights);
			double apBase = conflictology < 0 ? Double.NaN : subset.averagePrecision(cases[conflictology], allWeights);
			double rate = events / subset.size();
			double[][] crpsOf = new double[names.size()][REPLICATES];
			double[][] apOf = new double[names.size()][REPLICATES];
			for (int m = 0; m < names.size(); m++) {
				for (int r = 0; r < REPLICATES; r++) {
					crpsOf[m][r] = subset.crps(cases[m], weights[r]);
					apOf[m][r] = subset.averagePrecision(cases[m], weights[r]);
				}
			}
			for (int b = 0; b <= learned; b++) {
				// b == learned stands for "the best baseline".
				int base = b == learned ? best : b;
				double[] crpsRatios = new double[REPLICATES];
				double[] apRatios = new double[REPLICATES];
				for (int r = 0; r < REPLICATES; r++) {
					crpsRatios[r] = crpsOf[learned][r] / crpsOf[base][r];
					apRatios[r] = apOf[learned][r] / apOf[base][r];
				}
				String label = b == learned ? "best (" + names.get(best) + ")" : names.get(b);
				double apOfBase = b == conflictology ? apBase : subset.averagePrecision(cases[base], allWeights);
				skill.add(new Skill(origin, label, crps[learned] / crps[base], percentile(crpsRatios, 0.05),
						percentile(crpsRatios, 0.95), ap / apOfBase, percentile(apRatios, 0.05),
						percentile(apRatios, 0.95), rate, ap / rate));
			}
		}
		return skill;
	}

	/** A percentile of finite values (NaN when none). */
	private static double percentile(double[] values, double q) {
		double[] finite = java.util.Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
		if (finite.length == 0) {
			return Double.NaN;
		}
		return finite[(int) Math.min(finite.length - 1, Math.floor(q * finite.length))];
	}

	/** The cases of some origins, weighted by how often the bootstrap drew each cell. */
	private static final class Subset {

		private final int fromOrigin;

		private final int toOrigin;

		private final int cells;

		private final int horizon;

		/** Each model's cases by falling chance, sorted once for every replicate. */
		private final java.util.Map<Cases, int[]> orders = new java.util.IdentityHashMap<>();

		Subset(int fromOrigin, int toOrigin, int cells, int horizon) {
			this.fromOrigin = fromOrigin;
			this.toOrigin = toOrigin;
			this.cells = cells;
			this.horizon = horizon;
		}

		int size() {
			return (toOrigin - fromOrigin) * cells * horizon;
		}

		private int index(int origin, int cell, int h) {
			return (origin * cells + cell) * horizon + h;
		}

		private int[] order(Cases cases) {
			Integer[] order = new Integer[size()];
			int i = 0;
			for (int k = fromOrigin; k < toOrigin; k++) {
				for (int c = 0; c < cells; c++) {
					for (int h = 0; h < horizon; h++) {
						order[i++] = index(k, c, h);
					}
				}
			}
			java.util.Arrays.sort(order, (a, b) -> Double.compare(cases.p[b], cases.p[a]));
			return java.util.Arrays.stream(order).mapToInt(Integer::intValue).toArray();
		}

		double crps(Cases cases, int[] weights) {
			double sum = 0;
			for (int k = fromOrigin; k < toOrigin; k++) {
				for (int c = 0; c < cells; c++) {
					if (weights[c] == 0) {
						continue;
					}
					for (int h = 0; h < horizon; h++) {
						sum += weights[c] * cases.crps[index(k, c, h)];
					}
				}
			}
			return sum;
		}

		double events(Cases cases, int[] weights) {
			double sum = 0;
			for (int k = fromOrigin; k < toOrigin; k++) {
				for (int c = 0; c < cells; c++) {
					for (int h = 0; h < horizon; h++) {
						sum += cases.happened[index(k, c, h)] ? weights[c] : 0;
					}
				}
			}
			return sum;
		}

		/**
		 * Average precision with each case counted as often as its cell was drawn (copies
		 * of a case are tied and taken together, as Scores.averagePrecision takes ties in
		 * their given order).
		 */
		double averagePrecision(Cases cases, int[] weights) {
			int[] order = orders.computeIfAbsent(cases, this::order);
			double sum = 0;
			long hits = 0;
			long seen = 0;
			for (int index : order) {
				int w = weights[(index / horizon) % cells];
				for (int copy = 0; copy < w; copy++) {
					seen++;
					if (cases.happened[index]) {
						hits++;
						sum += hits / (double) seen;
					}
				}
			}
			return hits == 0 ? Double.NaN : sum / hits;
		}

	}

	/**
	 * Reliability of the learned model's chance of at least one (Bröcker &amp; Smith
	 * 2007): the cases in ten equal groups by that chance, the mean chance forecast
	 * against the share that saw an event.
	 */
	private static List<CalibrationBin> calibration(Cases cases) {
		int n = cases.p.length;
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, (a, b) -> Double.compare(cases.p[a], cases.p[b]));
		List<CalibrationBin> bins = new ArrayList<>();
		for (int d = 0; d < 10; d++) {
			int from = (int) ((long) n * d / 10);
			int to = (int) ((long) n * (d + 1) / 10);
			double predicted = 0;
			int observed = 0;
			for (int i = from; i < to; i++) {
				predicted += cases.p[order[i]];
				observed += cases.happened[order[i]] ? 1 : 0;
			}
			int count = to - from;
			bins.add(new CalibrationBin(d + 1, count == 0 ? Double.NaN : predicted / count,
					count == 0 ? Double.NaN : observed / (double) count, count));
		}
		return bins;
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
