package org.bluehelmet.warning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.bluehelmet.geo.GridCell;
import org.bluehelmet.system.UnavailableException;

/**
 * A hurdle model: gradient-boosted trees (XGBoost, Chen &amp; Guestrin 2016) give the
 * probability of at least one event in a cell and month ahead; the number, when there is
 * one, is drawn from the cell's own past non-zero months (the last three years), or from
 * all cells' recent non-zero months when it has none. One classifier serves every
 * horizon, the horizon being one of its features ("direct" multi-step forecasting).
 * <p>
 * Features, all computed from months up to the forecast's origin: the last month, the
 * last 3, 12 and 36 months, an exponentially decayed sum (half-life six months), months
 * since the last event, the same for the eight neighbouring cells (3 and 12 months), the
 * other target's last 12 months, population, travel time, the horizon and the calendar
 * month forecast. It learns from every month of the ten years before the origin, every
 * horizon, labels only up to the origin.
 */
public final class BoostedHurdleModel implements ForecastModel {

	static final int TRAINING_YEARS = 10;

	static final int ROUNDS = 300;

	/**
	 * The most training rows (cell × month × horizon) held at once: about 100 MB of
	 * features.
	 */
	static final int MAX_TRAINING_ROWS = 1_500_000;

	static final int DEPTH = 3;

	static final double ETA = 0.03;

	private static final int FEATURES = 15;

	@Override
	public String name() {
		return "boosted hurdle";
	}

	@Override
	public Forecast forecast(CellMonthPanel panel, ForecastTarget target, YearMonth origin, int horizon, int samples,
			long seed) {
		return fit(panel, target, origin, horizon, samples, seed).forecast();
	}

	/**
	 * Loads XGBoost's native library, or says what the machine lacks: on Linux it needs
	 * OpenMP's runtime ({@code libgomp.so.1}, Debian's package {@code libgomp1}).
	 */
	private static Booster trained(DMatrixSupplier data, Map<String, Object> params) {
		try {
			return XGBoost.train(data.get(), params, ROUNDS, new HashMap<>(), null, null);
		}
		catch (XGBoostError ex) {
			throw new IllegalStateException("XGBoost could not train: " + ex.getMessage(), ex);
		}
		catch (LinkageError ex) {
			throw new UnavailableException("the early-warning model needs XGBoost's native library, which could not be"
					+ " loaded (on Linux it needs OpenMP's runtime: apt-get install libgomp1): " + ex.getMessage(), ex);
		}
	}

	@FunctionalInterface
	private interface DMatrixSupplier {

		DMatrix get() throws XGBoostError;

	}

	/**
	 * The forecast with the trained model beside it, to explain it: each feature's
	 * contribution to a cell's forecast (SHAP values, Lundberg &amp; Lee 2017, as XGBoost
	 * computes them for trees).
	 */
	public Fitted fit(CellMonthPanel panel, ForecastTarget target, YearMonth origin, int horizon, int samples,
			long seed) {
		int o = panel.monthIndex(origin);
		Neighbours neighbours = new Neighbours(panel.cells());
		Booster booster = train(panel, target, o, horizon, neighbours, seed);
		int cells = panel.cells().size();
		float[] features = new float[cells * horizon * FEATURES];
		for (int c = 0; c < cells; c++) {
			for (int h = 1; h <= horizon; h++) {
				features(panel, target, neighbours, c, o, h, origin.plusMonths(h).getMonthValue(), features,
						((c * horizon) + h - 1) * FEATURES);
			}
		}
		float[] p = predict(booster, features, cells * horizon);
		SplittableRandom random = new SplittableRandom(seed);
		int[] recentPositives = positives(panel, target, o - 11, o + 1, -1);
		int[][][] draws = new int[cells][horizon][samples];
		for (int c = 0; c < cells; c++) {
			int[] own = positives(panel, target, o - 35, o + 1, c);
			int[] pool = own.length > 0 ? own : recentPositives.length > 0 ? recentPositives : new int[] { 1 };
			for (int h = 0; h < horizon; h++) {
				double chance = p[c * horizon + h];
				for (int s = 0; s < samples; s++) {
					draws[c][h][s] = random.nextDouble() < chance ? pool[random.nextInt(pool.length)] : 0;
				}
			}
		}
		return new Fitted(new Forecast(name(), target, origin, draws), booster, features, horizon);
	}

	/** What each feature means, in the order of {@link #features}. */
	static final String[] FEATURE_NAMES = { "in the cell last month", "in the cell, last 3 months",
			"in the cell, last 12 months", "in the cell, last 36 months", "in the cell, recent ones weighing most",
			"months since the last one in the cell", "in the neighbouring cells, last 3 months",
			"in the neighbouring cells, last 12 months", "the other kind of violence in the cell, last 12 months",
			"people living in the cell", "travel time to a city", "months ahead", "the calendar month",
			"the cell's centre in the country", "the other kind of violence in the cell, last 3 months" };

	/** A forecast with the model that made it. */
	public static final class Fitted {

		private final Forecast forecast;

		private final Booster booster;

		private final float[] features;

		private final int horizon;

		Fitted(Forecast forecast, Booster booster, float[] features, int horizon) {
			this.forecast = forecast;
			this.booster = booster;
			this.features = features;
			this.horizon = horizon;
		}

		public Forecast forecast() {
			return forecast;
		}

		/**
		 * The features that raise a cell's forecast most, with their values, largest
		 * contribution first.
		 */
		public List<String> drivers(int cell, int step, int count) {
			int row = cell * horizon + step;
			float[] one = java.util.Arrays.copyOfRange(features, row * FEATURES, (row + 1) * FEATURES);
			try {
				float[] contributions = booster.predictContrib(new DMatrix(one, 1, FEATURES, Float.NaN), 0)[0];
				List<Integer> order = new ArrayList<>();
				for (int f = 0; f < FEATURES; f++) {
					if (contributions[f] > 0) {
						order.add(f);
					}
				}
				order.sort((a, b) -> Float.compare(contributions[b], contributions[a]));
				List<String> drivers = new ArrayList<>();
				for (int f : order.subList(0, Math.min(count, order.size()))) {
					// Strongest first (Lundberg et al. 2020's TreeSHAP contributions
					// order
					// them); each said as the fact it is, not as a model weight.
					drivers.add(sentence(f, one[f], forecast.target()));
				}
				return drivers;
			}
			catch (XGBoostError ex) {
				throw new IllegalStateException("XGBoost could not explain: " + ex.getMessage(), ex);
			}
		}

		/** A feature's value as the fact a planner reads. */
		static String sentence(int feature, float value, ForecastTarget target) {
			boolean attacks = target == ForecastTarget.CIVILIAN_ATTACKS;
			String[] what = attacks ? new String[] { "attack on civilians", "attacks on civilians" }
					: new String[] { "death in organised violence", "deaths in organised violence" };
			String[] other = attacks ? new String[] { "death in organised violence", "deaths in organised violence" }
					: new String[] { "attack on civilians", "attacks on civilians" };
			if (Float.isNaN(value)) {
				return FEATURE_NAMES[feature] + ": not known";
			}
			return switch (feature) {
				case 0 -> count(value, what) + " in the cell in the last month before the forecast";
				case 1 -> count(value, what) + " in the cell in the last 3 months";
				case 2 -> count(value, what) + " in the cell in the last 12 months";
				case 3 -> count(value, what) + " in the cell in the last 3 years";
				case 4 -> what[1] + " in the cell in recent months, the latest weighing most (weighted count "
						+ format(value) + ")";
				case 5 -> value >= 60 ? "no " + what[0] + " in the cell in the last 5 years" : value == 0
						? "an " + what[0] + " in the cell in the last month before the forecast"
						: "the cell's last " + what[0] + " " + count(value, "month", "months") + " before the forecast";
				case 6 -> count(value, what) + " within about 50 km (the neighbouring cells) in the last 3 months";
				case 7 -> count(value, what) + " within about 50 km (the neighbouring cells) in the last 12 months";
				case 8 -> count(value, other) + " in the cell in the last 12 months";
				case 9 -> format((float) Math.expm1(value)) + " people living in the cell";
				case 10 -> value >= 120 ? format(value / 60) + " hours' travel to the nearest city"
						: format(value) + " minutes' travel to the nearest city";
				case 11 -> "the forecast looks " + count(value, "month", "months") + " ahead";
				case 12 -> "the time of year (" + java.time.Month.of(Math.max(1, Math.min(12, (int) value)))
					.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + ")";
				case 13 ->
					value > 0 ? "the cell's centre lies in the country" : "the cell's centre lies across the border";
				case 14 -> count(value, other) + " in the cell in the last 3 months";
				default -> FEATURE_NAMES[feature] + ": " + format(value);
			};
		}

		private static String count(float value, String... singularAndPlural) {
			return format(value) + " " + (value == 1 ? singularAndPlural[0] : singularAndPlural[1]);
		}

		private static String format(float value) {
			return value == Math.rint(value) ? String.format(java.util.Locale.ROOT, "%,d", (long) value)
					: String.format(java.util.Locale.ROOT, "%.1f", value);
		}

	}

	private Booster train(CellMonthPanel panel, ForecastTarget target, int o, int horizon, Neighbours neighbours,
			long seed) {
		int cells = panel.cells().size();
		List<int[]> pairs = new ArrayList<>();
		for (int t = Math.max(36, o - 12 * TRAINING_YEARS); t < o; t++) {
			for (int h = 1; h <= horizon && t + h <= o; h++) {
				pairs.add(new int[] { t, h });
			}
		}
		// Memory stays bounded whatever the area: beyond MAX_TRAINING_ROWS, the model
		// learns
		// from every k-th cell (their features still see all neighbours).
		int every = (int) Math.max(1, Math.ceil((double) pairs.size() * cells / MAX_TRAINING_ROWS));
		int trainingCells = (cells + every - 1) / every;
		int rows = pairs.size() * trainingCells;
		float[] x = new float[rows * FEATURES];
		float[] y = new float[rows];
		int row = 0;
		for (int[] pair : pairs) {
			int month = panel.first().plusMonths(pair[0] + pair[1]).getMonthValue();
			for (int c = 0; c < cells; c += every) {
				features(panel, target, neighbours, c, pair[0], pair[1], month, x, row * FEATURES);
				y[row] = panel.value(target, c, pair[0] + pair[1]) > 0 ? 1 : 0;
				row++;
			}
		}
		Map<String, Object> params = new HashMap<>();
		params.put("objective", "binary:logistic");
		params.put("eta", ETA);
		params.put("max_depth", DEPTH);
		params.put("min_child_weight", 5);
		params.put("subsample", 0.8);
		params.put("colsample_bytree", 0.8);
		params.put("tree_method", "hist");
		params.put("nthread", Runtime.getRuntime().availableProcessors());
		params.put("seed", seed);
		params.put("verbosity", 0);
		return trained(() -> {
			DMatrix train = new DMatrix(x, rows, FEATURES, Float.NaN);
			train.setLabel(y);
			return train;
		}, params);

	}

	private static float[] predict(Booster booster, float[] features, int rows) {
		try {
			float[][] predictions = booster.predict(new DMatrix(features, rows, FEATURES, Float.NaN));
			float[] p = new float[rows];
			for (int i = 0; i < rows; i++) {
				p[i] = predictions[i][0];
			}
			return p;
		}
		catch (XGBoostError ex) {
			throw new IllegalStateException("XGBoost could not predict: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Writes the features of cell {@code c} at month {@code t} for {@code h} months
	 * ahead.
	 */
	private static void features(CellMonthPanel panel, ForecastTarget target, Neighbours neighbours, int c, int t,
			int h, int calendarMonth, float[] into, int at) {
		ForecastTarget other = target == ForecastTarget.FATALITIES ? ForecastTarget.CIVILIAN_ATTACKS
				: ForecastTarget.FATALITIES;
		GridCell cell = panel.cells().get(c);
		into[at] = panel.value(target, c, t);
		into[at + 1] = sum(panel, target, c, t, 3);
		into[at + 2] = sum(panel, target, c, t, 12);
		into[at + 3] = sum(panel, target, c, t, 36);
		double decayed = 0;
		int since = 120;
		for (int k = 0; k < 60; k++) {
			int v = panel.value(target, c, t - k);
			decayed += v * Math.pow(0.5, k / 6.0);
			if (v > 0 && k < since) {
				since = k;
			}
		}
		into[at + 4] = (float) decayed;
		into[at + 5] = since;
		int near3 = 0;
		int near12 = 0;
		for (int n : neighbours.of(c)) {
			near3 += sum(panel, target, n, t, 3);
			near12 += sum(panel, target, n, t, 12);
		}
		into[at + 6] = near3;
		into[at + 7] = near12;
		into[at + 8] = sum(panel, other, c, t, 12);
		into[at + 9] = (float) Math.log1p(cell.population());
		into[at + 10] = cell.travelTimeMinutes() == null ? Float.NaN : cell.travelTimeMinutes();
		into[at + 11] = h;
		into[at + 12] = calendarMonth;
		into[at + 13] = cell.centreInCountry() ? 1 : 0;
		into[at + 14] = sum(panel, other, c, t, 3);
	}

	private static int sum(CellMonthPanel panel, ForecastTarget target, int c, int t, int months) {
		int sum = 0;
		for (int k = 0; k < months; k++) {
			sum += panel.value(target, c, t - k);
		}
		return sum;
	}

	/**
	 * Non-zero values of one cell ({@code c >= 0}) or of all cells, months [from, to).
	 */
	private static int[] positives(CellMonthPanel panel, ForecastTarget target, int from, int to, int c) {
		List<Integer> found = new ArrayList<>();
		for (int cell = c >= 0 ? c : 0; cell < (c >= 0 ? c + 1 : panel.cells().size()); cell++) {
			for (int m = from; m < to; m++) {
				int v = panel.value(target, cell, m);
				if (v > 0) {
					found.add(v);
				}
			}
		}
		return found.stream().mapToInt(Integer::intValue).toArray();
	}

	/** The eight cells around each cell that are in the panel, by index. */
	private static final class Neighbours {

		private final int[][] of;

		Neighbours(List<GridCell> cells) {
			Map<Integer, Integer> index = new HashMap<>();
			for (int i = 0; i < cells.size(); i++) {
				index.put(cells.get(i).gid(), i);
			}
			of = new int[cells.size()][];
			for (int i = 0; i < cells.size(); i++) {
				of[i] = around(index, cells.get(i).gid());
			}
		}

		private static int[] around(Map<Integer, Integer> index, int gid) {
			List<Integer> around = new ArrayList<>();
			for (int dr = -1; dr <= 1; dr++) {
				for (int dc = -1; dc <= 1; dc++) {
					Integer n = index.get(gid + dr * 720 + dc);
					if ((dr != 0 || dc != 0) && n != null) {
						around.add(n);
					}
				}
			}
			return around.stream().mapToInt(Integer::intValue).toArray();
		}

		int[] of(int cell) {
			return of[cell];
		}

	}

}
