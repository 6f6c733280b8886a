package org.bluehelmet.warning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.bluehelmet.geo.GridCell;
import org.bluehelmet.system.UnavailableException;

/**
 * A hurdle model (Mullahy 1986): gradient-boosted trees (XGBoost, Chen &amp; Guestrin
 * 2016) give the probability of at least one event in a cell and month ahead; the number,
 * when there is one, is one plus a negative binomial draw whose mean a second set of
 * boosted trees learns (Poisson objective, on the months with events only) and whose
 * dispersion is fitted to those months by the method of moments, so the size of a month
 * is a real distribution rather than the cell's own past resampled. One model serves
 * every horizon, the horizon being one of its features ("direct" multi-step forecasting).
 * <p>
 * Features, all computed from months up to the forecast's origin: the last month, the
 * last 3, 12 and 36 months, an exponentially decayed sum (half-life six months), months
 * since the last event, the same for the eight neighbouring cells (3 and 12 months), the
 * other target's last 12 months, population, travel time, the horizon and the calendar
 * month forecast. It learns from every month of the ten years before the origin, every
 * horizon, labels only up to the origin, and from every cell of the panel: other areas'
 * cells (context) teach it too, as pooling many areas into one model did in the ViEWS
 * prediction challenge (Hegre et al. 2022), each up to the month its own record covers.
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

	private static final int FEATURES = 24;

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
	private static Booster trained(DMatrixSupplier data, Map<String, Object> params, int rounds) {
		try {
			return XGBoost.train(data.get(), params, rounds, new HashMap<>(), null, null);
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
		History neighbours = new History(panel);
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
		EventSize size = EventSize.train(training(panel, target, o, horizon, neighbours, true), seed);
		float[] excess = size.mean(features, cells * horizon);
		org.apache.commons.math3.random.Well19937c random = new org.apache.commons.math3.random.Well19937c(seed);
		int[][][] draws = new int[cells][horizon][samples];
		double[][] chances = new double[cells][horizon];
		for (int c = 0; c < cells; c++) {
			for (int h = 0; h < horizon; h++) {
				double chance = p[c * horizon + h];
				chances[c][h] = chance;
				double mean = excess[c * horizon + h];
				for (int s = 0; s < samples; s++) {
					draws[c][h][s] = random.nextDouble() < chance ? 1 + size.draw(mean, random) : 0;
				}
			}
		}
		return new Fitted(new Forecast(name(), target, origin, draws, chances), booster, features, horizon);
	}

	/** What each feature means, in the order of {@link #features}. */
	static final String[] FEATURE_NAMES = { "in the cell last month", "in the cell, last 3 months",
			"in the cell, last 12 months", "in the cell, last 36 months", "in the cell, recent ones weighing most",
			"months since the last one in the cell", "in the neighbouring cells, last 3 months",
			"in the neighbouring cells, last 12 months", "the other kind of violence in the cell, last 12 months",
			"people living in the cell", "travel time to a city", "months ahead", "the calendar month",
			"the cell's centre in the country", "the other kind of violence in the cell, last 3 months",
			"in the cell, the last months weighing most", "in the cell, the last years weighing most",
			"in the neighbouring cells, recent ones weighing most",
			"in the cells two away (about 100 km), recent ones weighing most",
			"months since the last one in the neighbouring cells",
			"the other kind of violence in the cell, recent ones weighing most",
			"the other kind of violence in the neighbouring cells, recent ones weighing most",
			"in the whole area, last 12 months", "in the whole area, the last 3 months against the last 12" };

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
				// Stored as log(1 + people) in single precision: said to the hundred.
				case 9 -> {
					double people = Math.expm1(value);
					yield people < 1000 ? format((float) Math.rint(people)) + " people living in the cell"
							: "about " + format((float) (Math.rint(people / 100) * 100)) + " people living in the cell";
				}
				case 10 -> value >= 120 ? format(value / 60) + " hours' travel to the nearest city"
						: format(value) + " minutes' travel to the nearest city";
				case 11 -> "the forecast looks " + count(value, "month", "months") + " ahead";
				case 12 -> "the time of year (" + java.time.Month.of(Math.max(1, Math.min(12, (int) value)))
					.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + ")";
				case 13 ->
					value > 0 ? "the cell's centre lies in the country" : "the cell's centre lies across the border";
				case 14 -> count(value, other) + " in the cell in the last 3 months";
				case 15 -> what[1] + " in the cell in the last few months, the latest weighing most (weighted count "
						+ format(value) + ")";
				case 16 -> what[1] + " in the cell over the last years, the latest weighing most (weighted count "
						+ format(value) + ")";
				case 17 -> what[1] + " within about 50 km (the neighbouring cells) in recent months (weighted count "
						+ format(value) + ")";
				case 18 -> what[1] + " about 100 km away (the cells two away) in recent months (weighted count "
						+ format(value) + ")";
				case 19 -> value >= 60 ? "no " + what[0] + " within about 50 km in the last 5 years" : "the last "
						+ what[0] + " within about 50 km "
						+ (value == 0 ? "in the last month" : count(value, "month", "months") + " before the forecast");
				case 20 -> other[1] + " in the cell in recent months (weighted count " + format(value) + ")";
				case 21 -> other[1] + " within about 50 km in recent months (weighted count " + format(value) + ")";
				case 22 -> format((float) Math.rint(Math.expm1(value))) + " " + what[1]
						+ " in the whole country in the last 12 months";
				case 23 ->
					value > 1.2 ? "violence rising in the whole country (the last 3 months above the year's pace)"
							: value < 0.8
									? "violence falling in the whole country (the last 3 months below the year's pace)"
									: "violence steady in the whole country";
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

	/** Training rows: features, and the label (the count at the month ahead). */
	record Rows(float[] x, float[] y, int rows) {
	}

	/**
	 * The rows a model learns from: every covered cell, month of the ten years before the
	 * origin and horizon whose label is known by the origin; {@code positiveOnly} keeps
	 * the rows with at least one event (for the size of a month).
	 */
	static Rows training(CellMonthPanel panel, ForecastTarget target, int o, int horizon, History neighbours,
			boolean positiveOnly) {
		int cells = panel.cells().size();
		List<int[]> pairs = new ArrayList<>();
		for (int t = Math.max(36, o - 12 * TRAINING_YEARS); t < o; t++) {
			for (int h = 1; h <= horizon && t + h <= o; h++) {
				pairs.add(new int[] { t, h });
			}
		}
		// Memory stays bounded whatever the area: beyond MAX_TRAINING_ROWS, the model
		// learns from every k-th cell (their features still see all neighbours).
		int every = positiveOnly ? 1 : (int) Math.max(1, Math.ceil((double) pairs.size() * cells / MAX_TRAINING_ROWS));
		List<int[]> kept = new ArrayList<>();
		for (int[] pair : pairs) {
			for (int c = 0; c < cells; c += every) {
				int month = pair[0] + pair[1];
				if (panel.covered(c, month) && (!positiveOnly || panel.value(target, c, month) > 0)) {
					kept.add(new int[] { c, pair[0], pair[1] });
				}
			}
		}
		int rows = kept.size();
		float[] x = new float[rows * FEATURES];
		float[] y = new float[rows];
		for (int row = 0; row < rows; row++) {
			int[] k = kept.get(row);
			int month = panel.first().plusMonths(k[1] + k[2]).getMonthValue();
			features(panel, target, neighbours, k[0], k[1], k[2], month, x, row * FEATURES);
			y[row] = panel.value(target, k[0], k[1] + k[2]);
		}
		return new Rows(x, y, rows);
	}

	private Booster train(CellMonthPanel panel, ForecastTarget target, int o, int horizon, History neighbours,
			long seed) {
		Rows rows = training(panel, target, o, horizon, neighbours, false);
		float[] any = new float[rows.rows()];
		for (int i = 0; i < any.length; i++) {
			any[i] = rows.y()[i] > 0 ? 1 : 0;
		}
		Map<String, Object> params = params(seed);
		params.put("objective", "binary:logistic");
		return trained(() -> {
			DMatrix train = new DMatrix(rows.x(), rows.rows(), FEATURES, Float.NaN);
			train.setLabel(any);
			return train;
		}, params, ROUNDS);
	}

	static Map<String, Object> params(long seed) {
		Map<String, Object> params = new HashMap<>();
		params.put("eta", ETA);
		params.put("max_depth", DEPTH);
		params.put("min_child_weight", 5);
		params.put("subsample", 0.8);
		params.put("colsample_bytree", 0.8);
		params.put("tree_method", "hist");
		params.put("nthread", Runtime.getRuntime().availableProcessors());
		params.put("seed", seed);
		params.put("verbosity", 0);
		return params;
	}

	/**
	 * The size of a month with events: one plus a negative binomial count (Hilbe 2011)
	 * whose mean boosted trees learn with a Poisson objective on the months with events,
	 * and whose dispersion is the method-of-moments estimate from those months' residuals
	 * (variance = mean + mean² / size). Drawn as a gamma–Poisson mixture.
	 */
	static final class EventSize {

		static final int ROUNDS = 150;

		private final Booster booster;

		/** The negative binomial's size; infinite: Poisson. */
		private final double dispersionSize;

		private final double fallbackMean;

		private EventSize(Booster booster, double dispersionSize, double fallbackMean) {
			this.booster = booster;
			this.dispersionSize = dispersionSize;
			this.fallbackMean = fallbackMean;
		}

		static EventSize train(Rows positive, long seed) {
			if (positive.rows() < 20) {
				// Too few months with events to learn from: a Poisson of their mean
				// excess.
				double mean = 0;
				for (int i = 0; i < positive.rows(); i++) {
					mean += positive.y()[i] - 1;
				}
				return new EventSize(null, Double.POSITIVE_INFINITY, positive.rows() == 0 ? 0 : mean / positive.rows());
			}
			float[] excess = new float[positive.rows()];
			for (int i = 0; i < excess.length; i++) {
				excess[i] = positive.y()[i] - 1;
			}
			Map<String, Object> params = params(seed);
			params.put("objective", "count:poisson");
			Booster booster = trained(() -> {
				DMatrix train = new DMatrix(positive.x(), positive.rows(), FEATURES, Float.NaN);
				train.setLabel(excess);
				return train;
			}, params, ROUNDS);
			float[] fitted = predict(booster, positive.x(), positive.rows());
			double over = 0;
			double squares = 0;
			for (int i = 0; i < excess.length; i++) {
				double residual = excess[i] - fitted[i];
				over += residual * residual - fitted[i];
				squares += (double) fitted[i] * fitted[i];
			}
			double size = over <= 0 || squares == 0 ? Double.POSITIVE_INFINITY : squares / over;
			return new EventSize(booster, size, 0);
		}

		float[] mean(float[] features, int rows) {
			if (booster == null) {
				float[] flat = new float[rows];
				java.util.Arrays.fill(flat, (float) fallbackMean);
				return flat;
			}
			return predict(booster, features, rows);
		}

		int draw(double mean, org.apache.commons.math3.random.RandomGenerator random) {
			if (mean <= 1e-9) {
				return 0;
			}
			double lambda = Double.isInfinite(dispersionSize) ? mean
					: new org.apache.commons.math3.distribution.GammaDistribution(random, dispersionSize,
							mean / dispersionSize)
						.sample();
			if (lambda <= 1e-12) {
				return 0;
			}
			return new org.apache.commons.math3.distribution.PoissonDistribution(random, lambda,
					org.apache.commons.math3.distribution.PoissonDistribution.DEFAULT_EPSILON,
					org.apache.commons.math3.distribution.PoissonDistribution.DEFAULT_MAX_ITERATIONS)
				.sample();
		}

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
	private static void features(CellMonthPanel panel, ForecastTarget target, History history, int c, int t, int h,
			int calendarMonth, float[] into, int at) {
		ForecastTarget other = target == ForecastTarget.FATALITIES ? ForecastTarget.CIVILIAN_ATTACKS
				: ForecastTarget.FATALITIES;
		GridCell cell = panel.cells().get(c);
		into[at] = panel.value(target, c, t);
		into[at + 1] = history.sum(target, c, t, 3);
		into[at + 2] = history.sum(target, c, t, 12);
		into[at + 3] = history.sum(target, c, t, 36);
		into[at + 4] = history.decayed(target, 1, c, t);
		into[at + 5] = history.since(target, c, t);
		int near3 = 0;
		int near12 = 0;
		for (int n : history.ring1(c)) {
			near3 += history.sum(target, n, t, 3);
			near12 += history.sum(target, n, t, 12);
		}
		into[at + 6] = near3;
		into[at + 7] = near12;
		into[at + 8] = history.sum(other, c, t, 12);
		into[at + 9] = (float) Math.log1p(cell.population());
		into[at + 10] = cell.travelTimeMinutes() == null ? Float.NaN : cell.travelTimeMinutes();
		into[at + 11] = h;
		into[at + 12] = calendarMonth;
		into[at + 13] = cell.centreInCountry() ? 1 : 0;
		into[at + 14] = history.sum(other, c, t, 3);
		// Decay and spatial lags by kind of violence, as the ViEWS challenge's best
		// entries used them: short and long memories, the rings of cells one and two
		// away (about 50 and 100 km), and how long since the neighbours' last event.
		into[at + 15] = history.decayed(target, 0, c, t);
		into[at + 16] = history.decayed(target, 2, c, t);
		float ring1 = 0;
		int ring1Since = History.NEVER;
		for (int n : history.ring1(c)) {
			ring1 += history.decayed(target, 1, n, t);
			ring1Since = Math.min(ring1Since, history.since(target, n, t));
		}
		float ring2 = 0;
		for (int n : history.ring2(c)) {
			ring2 += history.decayed(target, 1, n, t);
		}
		into[at + 17] = ring1;
		into[at + 18] = ring2;
		into[at + 19] = ring1Since;
		into[at + 20] = history.decayed(other, 1, c, t);
		float otherRing1 = 0;
		for (int n : history.ring1(c)) {
			otherRing1 += history.decayed(other, 1, n, t);
		}
		into[at + 21] = otherRing1;
		// The whole area's level and trend (a country escalating or calming down),
		// which a cell's own history cannot show; each area its own.
		float area12 = history.areaSum(target, panel.groupOf(c), t, 12);
		into[at + 22] = (float) Math.log1p(area12);
		into[at + 23] = (4 * history.areaSum(target, panel.groupOf(c), t, 3) + 1) / (area12 + 1);
	}

	/**
	 * The panel's history prepared once for the features: running sums, exponentially
	 * decayed counts (half-lives of 2, 6 and 24 months) and months since the last event,
	 * per target, cell and month; and the rings of cells one and two away.
	 */
	static final class History {

		/** Months since the last event when there was none in the panel. */
		static final int NEVER = 120;

		static final double[] HALF_LIVES = { 2, 6, 24 };

		private final CellMonthPanel panel;

		private final int months;

		private final int[][] ring1;

		private final int[][] ring2;

		/** [target][cell * (months + 1) + t + 1]: events up to month t. */
		private final int[][] cumulative;

		/** [target][halfLife][cell * months + t]. */
		private final float[][][] decayed;

		/** [target][cell * months + t]. */
		private final short[][] since;

		/** [target][area][t + 1]: the area's events up to month t. */
		private final long[][][] areaCumulative;

		History(CellMonthPanel panel) {
			this.panel = panel;
			this.months = panel.monthIndex(panel.last()) + 1;
			List<GridCell> cells = panel.cells();
			Map<Integer, Integer> index = new HashMap<>();
			for (int i = 0; i < cells.size(); i++) {
				index.put(cells.get(i).gid(), i);
			}
			ring1 = new int[cells.size()][];
			ring2 = new int[cells.size()][];
			for (int i = 0; i < cells.size(); i++) {
				ring1[i] = ring(index, cells.get(i).gid(), 1);
				ring2[i] = ring(index, cells.get(i).gid(), 2);
			}
			int targets = ForecastTarget.values().length;
			cumulative = new int[targets][cells.size() * (months + 1)];
			decayed = new float[targets][HALF_LIVES.length][cells.size() * months];
			since = new short[targets][cells.size() * months];
			int areas = 1;
			for (int c = 0; c < cells.size(); c++) {
				areas = Math.max(areas, panel.groupOf(c) + 1);
			}
			areaCumulative = new long[targets][areas][months + 1];
			for (ForecastTarget target : ForecastTarget.values()) {
				int k = target.ordinal();
				for (int c = 0; c < cells.size(); c++) {
					if (!cells.get(c).centreInCountry()) {
						continue;
					}
					long[] sums = areaCumulative[k][panel.groupOf(c)];
					for (int t = 0; t < months; t++) {
						sums[t + 1] += panel.value(target, c, t);
					}
				}
				for (long[] sums : areaCumulative[k]) {
					for (int t = 0; t < months; t++) {
						sums[t + 1] += sums[t];
					}
				}
				for (int c = 0; c < cells.size(); c++) {
					int last = -NEVER;
					for (int t = 0; t < months; t++) {
						int v = panel.value(target, c, t);
						cumulative[k][c * (months + 1) + t + 1] = cumulative[k][c * (months + 1) + t] + v;
						for (int d = 0; d < HALF_LIVES.length; d++) {
							float before = t == 0 ? 0 : decayed[k][d][c * months + t - 1];
							decayed[k][d][c * months + t] = (float) (v + before * Math.pow(0.5, 1 / HALF_LIVES[d]));
						}
						if (v > 0) {
							last = t;
						}
						since[k][c * months + t] = (short) Math.min(NEVER, t - last);
					}
				}
			}
		}

		/**
		 * The area's events in the {@code window} months up to and including {@code t}.
		 */
		float areaSum(ForecastTarget target, int area, int t, int window) {
			if (t < 0) {
				return 0;
			}
			long[] sums = areaCumulative[target.ordinal()][area];
			return sums[t + 1] - sums[Math.max(0, t + 1 - window)];
		}

		private static int[] ring(Map<Integer, Integer> index, int gid, int distance) {
			List<Integer> around = new ArrayList<>();
			for (int dr = -distance; dr <= distance; dr++) {
				for (int dc = -distance; dc <= distance; dc++) {
					Integer n = index.get(gid + dr * 720 + dc);
					if (Math.max(Math.abs(dr), Math.abs(dc)) == distance && n != null) {
						around.add(n);
					}
				}
			}
			return around.stream().mapToInt(Integer::intValue).toArray();
		}

		int[] ring1(int cell) {
			return ring1[cell];
		}

		int[] ring2(int cell) {
			return ring2[cell];
		}

		/** Events in the {@code window} months up to and including {@code t}. */
		int sum(ForecastTarget target, int c, int t, int window) {
			if (t < 0) {
				return 0;
			}
			int base = c * (months + 1);
			return cumulative[target.ordinal()][base + t + 1]
					- cumulative[target.ordinal()][base + Math.max(0, t + 1 - window)];
		}

		float decayed(ForecastTarget target, int halfLife, int c, int t) {
			return t < 0 ? 0 : decayed[target.ordinal()][halfLife][c * months + t];
		}

		int since(ForecastTarget target, int c, int t) {
			return t < 0 ? NEVER : since[target.ordinal()][c * months + t];
		}

	}

}
