package org.bluehelmet.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.junit.jupiter.api.Test;

class TrainedBoostersTest {

	private static final int ROWS = 2000;

	private static final int FEATURES = 4;

	@Test
	void theSameRowsLabelsAndParametersGiveTheModelAlreadyTrained() {
		float[] x = features(1);
		float[] y = labels(x);
		Booster first = TrainedBoosters.trained(x, y, ROWS, FEATURES, params(1), 20);
		assertThat(TrainedBoosters.trained(x.clone(), y.clone(), ROWS, FEATURES, params(1), 20)).isSameAs(first);
		// One label, one parameter or one round more is another model.
		float[] other = y.clone();
		other[ROWS - 1] = 1 - other[ROWS - 1];
		assertThat(TrainedBoosters.trained(x, other, ROWS, FEATURES, params(1), 20)).isNotSameAs(first);
		assertThat(TrainedBoosters.trained(x, y, ROWS, FEATURES, params(2), 20)).isNotSameAs(first);
		assertThat(TrainedBoosters.trained(x, y, ROWS, FEATURES, params(1), 21)).isNotSameAs(first);
		// A missing value is not a zero.
		float[] missing = x.clone();
		missing[0] = Float.NaN;
		float[] zero = x.clone();
		zero[0] = 0;
		assertThat(TrainedBoosters.trained(missing, y, ROWS, FEATURES, params(1), 20))
			.isNotSameAs(TrainedBoosters.trained(zero, y, ROWS, FEATURES, params(1), 20));
	}

	@Test
	void trainingAgainGivesTheSameModel() throws XGBoostError {
		float[] x = features(3);
		float[] y = labels(x);
		float[][] kept = predicted(TrainedBoosters.trained(x, y, ROWS, FEATURES, params(5), 30), x);
		TrainedBoosters.forgetAll();
		Booster again = TrainedBoosters.trained(x, y, ROWS, FEATURES, params(5), 30);
		assertThat(predicted(again, x)).isDeepEqualTo(kept);
	}

	private static float[][] predicted(Booster booster, float[] x) throws XGBoostError {
		return booster.predict(new DMatrix(x, ROWS, FEATURES, Float.NaN));
	}

	private static Map<String, Object> params(long seed) {
		Map<String, Object> params = BoostedHurdleModel.params(seed);
		params.put("objective", "binary:logistic");
		return params;
	}

	private static float[] features(long seed) {
		Random random = new Random(seed);
		float[] x = new float[ROWS * FEATURES];
		for (int i = 0; i < x.length; i++) {
			x[i] = (float) random.nextGaussian();
		}
		return x;
	}

	/** At least one event where the first two features add up high. */
	private static float[] labels(float[] x) {
		float[] y = new float[ROWS];
		for (int r = 0; r < ROWS; r++) {
			y[r] = x[r * FEATURES] + x[r * FEATURES + 1] > 1 ? 1 : 0;
		}
		return y;
	}

}
