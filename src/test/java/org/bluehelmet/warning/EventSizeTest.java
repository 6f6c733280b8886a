package org.bluehelmet.warning;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class EventSizeTest {

	/**
	 * Months where a few deaths are expected scatter like a Poisson count, months where
	 * many are scatter far more (as UCDP's do): each keeps its own dispersion, where one
	 * for all would make the small months as wild as the large.
	 */
	@Test
	void smallAndLargeMonthsKeepDispersionsOfTheirOwn() {
		int rows = 2000;
		float[] x = new float[rows * CellFeatures.COUNT];
		float[] y = new float[rows];
		Well19937c random = new Well19937c(11);
		PoissonDistribution small = new PoissonDistribution(random, 2, PoissonDistribution.DEFAULT_EPSILON,
				PoissonDistribution.DEFAULT_MAX_ITERATIONS);
		// A negative binomial of mean 20 and size 0.5 (a gamma–Poisson mixture): variance
		// 20 + 20² / 0.5 = 820.
		GammaDistribution rates = new GammaDistribution(random, 0.5, 40);
		for (int r = 0; r < rows; r++) {
			boolean many = r % 2 == 1;
			x[r * CellFeatures.COUNT] = many ? 1 : 0;
			y[r] = 1 + (many ? poisson(rates.sample(), random) : small.sample());
		}
		EventSize size = EventSize.train(new BoostedHurdleModel.Rows(x, y, rows), 3);

		assertThat(variance(size, 2)).as("a Poisson count of mean 2 has variance 2").isBetween(1.5, 3.0);
		assertThat(variance(size, 20)).as("these large months vary far more than a Poisson count").isGreaterThan(200);
	}

	private static int poisson(double mean, Well19937c random) {
		return mean < 1e-12 ? 0 : new PoissonDistribution(random, mean, PoissonDistribution.DEFAULT_EPSILON,
				PoissonDistribution.DEFAULT_MAX_ITERATIONS)
			.sample();
	}

	private static double variance(EventSize size, double mean) {
		Well19937c random = new Well19937c(5);
		int n = 40_000;
		double sum = 0;
		double squares = 0;
		for (int i = 0; i < n; i++) {
			int draw = size.draw(mean, random);
			sum += draw;
			squares += (double) draw * draw;
		}
		double average = sum / n;
		return squares / n - average * average;
	}

}
