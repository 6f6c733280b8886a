package org.bluehelmet.warning;

import java.time.YearMonth;
import java.util.Arrays;
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

	/** Nothing happens anywhere. */
	public static final ForecastModel ZERO = new Baseline("zero", (panel, target, o) -> cell -> new int[] { 0 });

	/** Each cell as in the origin's month, every month ahead. */
	public static final ForecastModel LAST_VALUE = new Baseline("last value",
			(panel, target, o) -> cell -> new int[] { panel.value(target, cell, o) });

	/** Each cell's own last twelve months, drawn with replacement. */
	public static final ForecastModel CONFLICTOLOGY = new Baseline("conflictology",
			(panel, target, o) -> cell -> panel.window(target, cell, o - WINDOW + 1, o + 1));

	/** All cells' last twelve months together, drawn with replacement. */
	public static final ForecastModel BOOTSTRAP = new Baseline("bootstrap", (panel, target, o) -> {
		int cells = panel.cells().size();
		int[] pool = new int[cells * WINDOW];
		for (int c = 0; c < cells; c++) {
			System.arraycopy(panel.window(target, c, o - WINDOW + 1, o + 1), 0, pool, c * WINDOW, WINDOW);
		}
		return cell -> pool;
	});

	private Baselines() {
	}

	public static List<ForecastModel> all() {
		return List.of(ZERO, LAST_VALUE, CONFLICTOLOGY, BOOTSTRAP);
	}

	/** The baselines and the learned model. */
	public static List<ForecastModel> withLearned() {
		return withLearned(learned());
	}

	/** The baselines and the given learned model. */
	public static List<ForecastModel> withLearned(ForecastModel learned) {
		return List.of(ZERO, LAST_VALUE, CONFLICTOLOGY, BOOTSTRAP, learned);
	}

	/** The project's best learned model: the one the pages use. */
	public static ForecastModel learned() {
		return new BoostedHurdleModel();
	}

	/** The values a cell's draws are taken from, uniformly and with replacement. */
	@FunctionalInterface
	interface Pool {

		int[] of(int cell);

	}

	/**
	 * How a baseline builds its pools from the panel up to the origin's month {@code o}.
	 */
	@FunctionalInterface
	interface Pools {

		Pool from(CellMonthPanel panel, ForecastTarget target, int o);

	}

	/** A baseline: every month ahead, each cell's draws come from its pool. */
	private record Baseline(String name, Pools pools) implements ForecastModel {

		@Override
		public Forecast forecast(CellMonthPanel panel, ForecastTarget target, YearMonth origin, int horizon,
				int samples, long seed) {
			Pool pool = pools.from(panel, target, panel.monthIndex(origin));
			SplittableRandom random = new SplittableRandom(seed);
			int[][][] draws = new int[panel.cells().size()][horizon][samples];
			double[][] chances = new double[draws.length][horizon];
			for (int c = 0; c < draws.length; c++) {
				int[] values = pool.of(c);
				// The pool's own share of months with an event: its exact chance.
				Arrays.fill(chances[c], Arrays.stream(values).filter(v -> v > 0).count() / (double) values.length);
				for (int[] step : draws[c]) {
					if (values.length == 1) {
						Arrays.fill(step, values[0]);
						continue;
					}
					for (int s = 0; s < step.length; s++) {
						step[s] = values[random.nextInt(values.length)];
					}
				}
			}
			return new Forecast(name, target, origin, draws, chances);
		}

	}

}
