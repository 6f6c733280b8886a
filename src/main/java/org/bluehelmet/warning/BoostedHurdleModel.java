package org.bluehelmet.warning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.bluehelmet.text.Phrase;

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

	private static final int FEATURES = CellFeatures.COUNT;

	private final int maxTrainingRows;

	/** The model as the benchmarks measure it: at most {@link #MAX_TRAINING_ROWS}. */
	public BoostedHurdleModel() {
		this(MAX_TRAINING_ROWS);
	}

	/**
	 * A model that learns from at most {@code maxTrainingRows} rows (every k-th month
	 * beyond that): a server short of memory or processors trades some skill for time.
	 */
	public BoostedHurdleModel(int maxTrainingRows) {
		if (maxTrainingRows < 1000) {
			throw new IllegalArgumentException("the model needs at least 1,000 training rows, not " + maxTrainingRows);
		}
		this.maxTrainingRows = maxTrainingRows;
	}

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
	 * The forecast with the trained model beside it, to explain it: each feature's
	 * contribution to a cell's forecast (SHAP values, Lundberg &amp; Lee 2017, as XGBoost
	 * computes them for trees).
	 */
	public Fitted fit(CellMonthPanel panel, ForecastTarget target, YearMonth origin, int horizon, int samples,
			long seed) {
		int o = panel.monthIndex(origin);
		PanelHistory neighbours = new PanelHistory(panel);
		Booster booster = train(panel, target, o, horizon, neighbours, seed);
		int cells = panel.cells().size();
		float[] features = new float[cells * horizon * FEATURES];
		for (int c = 0; c < cells; c++) {
			for (int h = 1; h <= horizon; h++) {
				CellFeatures.write(panel, target, neighbours, c, o, h, origin.plusMonths(h).getMonthValue(), features,
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
		public List<Phrase> drivers(int cell, int step, int count) {
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
				List<Phrase> drivers = new ArrayList<>();
				for (int f : order.subList(0, Math.min(count, order.size()))) {
					// Strongest first (Lundberg et al. 2020's TreeSHAP contributions
					// order
					// them); each said as the fact it is, not as a model weight.
					drivers.add(CellFeatures.sentence(f, one[f], forecast.target()));
				}
				return drivers;
			}
			catch (XGBoostError ex) {
				throw new IllegalStateException("XGBoost could not explain: " + ex.getMessage(), ex);
			}
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
	Rows training(CellMonthPanel panel, ForecastTarget target, int o, int horizon, PanelHistory neighbours,
			boolean positiveOnly) {
		int cells = panel.cells().size();
		int start = Math.max(36, o - 12 * TRAINING_YEARS);
		int pairCount = 0;
		for (int t = start; t < o; t++) {
			pairCount += Math.min(horizon, o - t);
		}
		// Memory stays bounded whatever the area: beyond maxTrainingRows, the model
		// learns from every k-th month counted back from the origin (every cell, so the
		// riskiest are all there; the months next to a kept one are much like it), the
		// newest always.
		int every = positiveOnly ? 1 : (int) Math.max(1, Math.ceil((double) pairCount * cells / maxTrainingRows));
		List<int[]> pairs = new ArrayList<>();
		for (int t = start; t < o; t++) {
			for (int h = 1; h <= horizon && t + h <= o && (o - 1 - t) % every == 0; h++) {
				pairs.add(new int[] { t, h });
			}
		}
		List<int[]> kept = new ArrayList<>();
		for (int[] pair : pairs) {
			for (int c = 0; c < cells; c++) {
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
			CellFeatures.write(panel, target, neighbours, k[0], k[1], k[2], month, x, row * FEATURES);
			y[row] = panel.value(target, k[0], k[1] + k[2]);
		}
		return new Rows(x, y, rows);
	}

	private Booster train(CellMonthPanel panel, ForecastTarget target, int o, int horizon, PanelHistory neighbours,
			long seed) {
		Rows rows = training(panel, target, o, horizon, neighbours, false);
		float[] any = new float[rows.rows()];
		for (int i = 0; i < any.length; i++) {
			any[i] = rows.y()[i] > 0 ? 1 : 0;
		}
		Map<String, Object> params = params(seed);
		params.put("objective", "binary:logistic");
		// Each leaf's step at most 1 (in log-odds), as XGBoost's parameter notes advise
		// for logistic regression on very unbalanced classes (a few cell-months in a
		// hundred see an event): fewer cells pushed to extreme chances on a handful of
		// rows. Average precision against conflictology rose on three of four backtests,
		// on two seeds, with CRPS unchanged (BENCHMARKS.md, issue 18).
		params.put("max_delta_step", 1);
		return TrainedBoosters.trained(rows.x(), any, rows.rows(), FEATURES, params, ROUNDS);
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

	static float[] predict(Booster booster, float[] features, int rows) {
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

}
