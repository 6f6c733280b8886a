package org.bluehelmet.warning;

import java.time.YearMonth;
import java.util.Arrays;

/**
 * A predictive distribution for each cell and each month after an origin, as samples.
 *
 * @param model the model's name
 * @param target what is forecast
 * @param origin the last month whose data were used
 * @param samples {@code [cell][horizon - 1][sample]}, cells in the panel's order
 */
public record Forecast(String model, ForecastTarget target, YearMonth origin, int[][][] samples) {

	public int horizon() {
		return samples.length == 0 ? 0 : samples[0].length;
	}

	/** The share of samples above zero: the probability of at least one. */
	public double pAny(int cell, int step) {
		int[] s = samples[cell][step];
		return Arrays.stream(s).filter(v -> v > 0).count() / (double) s.length;
	}

	public double mean(int cell, int step) {
		return Arrays.stream(samples[cell][step]).average().orElse(0);
	}

}
