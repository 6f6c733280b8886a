package org.bluehelmet.warning;

import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The baselines every model must beat, from the ViEWS prediction competition (Hegre et
 * al. 2022, "Forecasting fatalities", and its benchmark models): all zeros; the last
 * value; "conflictology", each cell's own last twelve months resampled; and the
 * bootstrap, all cells' last twelve months resampled. At cell-month level the data are
 * mostly zeros, and these come close to the best entries.
 */
public final class Baselines {

	/** Months of history the resampling baselines draw from. */
	static final int WINDOW = 12;

	private Baselines() {
	}

	public static List<ForecastModel> all() {
		return List.of(ZERO, LAST_VALUE, CONFLICTOLOGY, BOOTSTRAP);
	}

	/** The baselines and the learned model. */
	public static List<ForecastModel> withLearned() {
		return List.of(ZERO, LAST_VALUE, CONFLICTOLOGY, BOOTSTRAP, new BoostedHurdleModel());
	}

	/** Nothing happens anywhere. */
	public static final ForecastModel ZERO = new ForecastModel() {

		@Override
		public String name() {
			return "zero";
		}

		@Override
		public Forecast forecast(CellMonthPanel panel, ForecastTarget target, YearMonth origin, int horizon,
				int samples, long seed) {
			return new Forecast(name(), target, origin, new int[panel.cells().size()][horizon][samples]);
		}

	};

	/** Each cell as in the origin's month, every month ahead. */
	public static final ForecastModel LAST_VALUE = new ForecastModel() {

		@Override
		public String name() {
			return "last value";
		}

		@Override
		public Forecast forecast(CellMonthPanel panel, ForecastTarget target, YearMonth origin, int horizon,
				int samples, long seed) {
			int o = panel.monthIndex(origin);
			int[][][] draws = new int[panel.cells().size()][horizon][samples];
			for (int c = 0; c < draws.length; c++) {
				int last = panel.value(target, c, o);
				for (int[] step : draws[c]) {
					java.util.Arrays.fill(step, last);
				}
			}
			return new Forecast(name(), target, origin, draws);
		}

	};

	/** Each cell's own last twelve months, drawn with replacement. */
	public static final ForecastModel CONFLICTOLOGY = new ForecastModel() {

		@Override
		public String name() {
			return "conflictology";
		}

		@Override
		public Forecast forecast(CellMonthPanel panel, ForecastTarget target, YearMonth origin, int horizon,
				int samples, long seed) {
			int o = panel.monthIndex(origin);
			SplittableRandom random = new SplittableRandom(seed);
			int[][][] draws = new int[panel.cells().size()][horizon][samples];
			for (int c = 0; c < draws.length; c++) {
				int[] history = panel.window(target, c, o - WINDOW + 1, o + 1);
				fill(draws[c], history, random);
			}
			return new Forecast(name(), target, origin, draws);
		}

	};

	/** All cells' last twelve months together, drawn with replacement. */
	public static final ForecastModel BOOTSTRAP = new ForecastModel() {

		@Override
		public String name() {
			return "bootstrap";
		}

		@Override
		public Forecast forecast(CellMonthPanel panel, ForecastTarget target, YearMonth origin, int horizon,
				int samples, long seed) {
			int o = panel.monthIndex(origin);
			int cells = panel.cells().size();
			int[] pool = new int[cells * WINDOW];
			for (int c = 0; c < cells; c++) {
				System.arraycopy(panel.window(target, c, o - WINDOW + 1, o + 1), 0, pool, c * WINDOW, WINDOW);
			}
			SplittableRandom random = new SplittableRandom(seed);
			int[][][] draws = new int[cells][horizon][samples];
			for (int[][] cell : draws) {
				fill(cell, pool, random);
			}
			return new Forecast(name(), target, origin, draws);
		}

	};

	private static void fill(int[][] steps, int[] pool, SplittableRandom random) {
		for (int[] step : steps) {
			for (int s = 0; s < step.length; s++) {
				step[s] = pool[random.nextInt(pool.length)];
			}
		}
	}

}
