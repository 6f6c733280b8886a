package org.bluehelmet.warning;

import java.time.YearMonth;
import java.util.Arrays;

/**
 * A predictive distribution for each cell and each month after an origin, as samples,
 * with the model's own chance of at least one where it states one.
 *
 * @param model the model's name
 * @param target what is forecast
 * @param origin the last month whose data were used
 * @param samples {@code [cell][horizon - 1][sample]}, cells in the panel's order
 * @param chances {@code [cell][horizon - 1]}: the chance of at least one as the model
 * states it (the share of samples above zero when {@code null})
 */
public record Forecast(String model, ForecastTarget target, YearMonth origin, int[][][] samples, double[][] chances) {

	public Forecast(String model, ForecastTarget target, YearMonth origin, int[][][] samples) {
		this(model, target, origin, samples, null);
	}

	public int horizon() {
		return samples.length == 0 ? 0 : samples[0].length;
	}

	/**
	 * The probability of at least one: the model's own, or the share of samples above
	 * zero. The model's own keeps the order of cells that a finite number of samples
	 * would tie (200 samples cannot tell 0.1% from 0.2%), which average precision ranks
	 * by.
	 */
	public double pAny(int cell, int step) {
		if (chances != null) {
			return chances[cell][step];
		}
		int[] s = samples[cell][step];
		return Arrays.stream(s).filter(v -> v > 0).count() / (double) s.length;
	}

	public double mean(int cell, int step) {
		return Arrays.stream(samples[cell][step]).average().orElse(0);
	}

}
