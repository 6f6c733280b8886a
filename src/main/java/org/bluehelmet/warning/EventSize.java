package org.bluehelmet.warning;

import java.util.Map;

import ml.dmlc.xgboost4j.java.Booster;

/**
 * The size of a month with events: one plus a negative binomial count (Hilbe 2011) whose
 * mean boosted trees learn with a Poisson objective on the months with events, and whose
 * dispersion is the method-of-moments estimate from those months' residuals (variance =
 * mean + mean² / size). Drawn as a gamma–Poisson mixture.
 */
final class EventSize {

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

	static EventSize train(BoostedHurdleModel.Rows positive, long seed) {
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
		Map<String, Object> params = BoostedHurdleModel.params(seed);
		params.put("objective", "count:poisson");
		Booster booster = TrainedBoosters.trained(positive.x(), excess, positive.rows(), CellFeatures.COUNT, params,
				ROUNDS);
		float[] fitted = BoostedHurdleModel.predict(booster, positive.x(), positive.rows());
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
		return BoostedHurdleModel.predict(booster, features, rows);
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
