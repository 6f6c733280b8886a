package org.bluehelmet.warning;

import java.util.Map;

import ml.dmlc.xgboost4j.java.Booster;

/**
 * The size of a month with events: one plus a negative binomial count (Hilbe 2011) whose
 * mean boosted trees learn with a Poisson objective on the months with events, and whose
 * dispersion is the method-of-moments estimate from those months' residuals (variance =
 * mean + mean² / size), made in each fifth of those months ordered by their fitted mean:
 * a step-function form of Hilbe's heterogeneous negative binomial (2011, ch. 10), whose
 * dispersion varies with the covariates. The months where a few deaths are expected and
 * those where many are do not scatter alike; one dispersion for all made the small ones
 * too wild or the large ones too tame. Drawn as a gamma–Poisson mixture.
 */
final class EventSize {

	static final int ROUNDS = 150;

	private final Booster booster;

	/** The negative binomial's size; infinite: Poisson. */
	private final double dispersionSize;

	/**
	 * Upper edges of the fitted means' classes, and each class's size (empty: one size).
	 */
	private final double[] edges;

	private final double[] sizes;

	private final double fallbackMean;

	private EventSize(Booster booster, double dispersionSize, double fallbackMean) {
		this(booster, dispersionSize, fallbackMean, new double[0], new double[0]);
	}

	private EventSize(Booster booster, double dispersionSize, double fallbackMean, double[] edges, double[] sizes) {
		this.booster = booster;
		this.dispersionSize = dispersionSize;
		this.fallbackMean = fallbackMean;
		this.edges = edges;
		this.sizes = sizes;
	}

	/**
	 * Classes of the fitted mean, each with a dispersion of its own (with fewer than 20
	 * months with events per class, one for all). Five against one, on the backtests of
	 * issue 18 over two seeds: CRPS lower in six of eight area–target pairs, by 0.004 on
	 * average (BENCHMARKS.md).
	 */
	static final int CLASSES = 5;

	/**
	 * The method-of-moments size of the rows from {@code from} to {@code to} in
	 * {@code order}.
	 */
	private static double size(float[] excess, float[] fitted, Integer[] order, int from, int to) {
		double over = 0;
		double squares = 0;
		for (int k = from; k < to; k++) {
			int i = order[k];
			double residual = excess[i] - fitted[i];
			over += residual * residual - fitted[i];
			squares += (double) fitted[i] * fitted[i];
		}
		return over <= 0 || squares == 0 ? Double.POSITIVE_INFINITY : squares / over;
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
		Integer[] order = new Integer[excess.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, (a, b) -> Float.compare(fitted[a], fitted[b]));
		double size = size(excess, fitted, order, 0, order.length);
		if (excess.length < 20 * CLASSES) {
			return new EventSize(booster, size, 0);
		}
		double[] edges = new double[CLASSES];
		double[] sizes = new double[CLASSES];
		for (int b = 0; b < CLASSES; b++) {
			int from = b * order.length / CLASSES;
			int to = (b + 1) * order.length / CLASSES;
			edges[b] = b == CLASSES - 1 ? Double.POSITIVE_INFINITY : fitted[order[to - 1]];
			sizes[b] = size(excess, fitted, order, from, to);
		}
		return new EventSize(booster, size, 0, edges, sizes);
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
		double size = dispersionSize;
		for (int b = 0; b < edges.length; b++) {
			if (mean <= edges[b]) {
				size = sizes[b];
				break;
			}
		}
		double lambda = Double.isInfinite(size) ? mean
				: new org.apache.commons.math3.distribution.GammaDistribution(random, size, mean / size).sample();
		if (lambda <= 1e-12) {
			return 0;
		}
		return new org.apache.commons.math3.distribution.PoissonDistribution(random, lambda,
				org.apache.commons.math3.distribution.PoissonDistribution.DEFAULT_EPSILON,
				org.apache.commons.math3.distribution.PoissonDistribution.DEFAULT_MAX_ITERATIONS)
			.sample();
	}

}
