package org.bluehelmet.warning;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.bluehelmet.system.UnavailableException;

/**
 * Trains boosted trees, once for the same rows, labels and parameters. Training is a pure
 * function of those (the seed is a parameter), so a model already trained on exactly the
 * same inputs is the model training would give again: an incident logged this month,
 * after the forecast's origin, changes the mission's data but not one training row, and
 * the forecast is recomputed without training again (a few seconds of two cores each
 * time). The inputs are known by their SHA-256 digest; up to {@value #KEPT} models are
 * kept for the whole process (a few hundred kilobytes each; Caffeine chooses which to
 * drop), whichever mission or server context asked. XGBoost's prediction is thread-safe
 * for tree models (since 1.4), so one model serves every request.
 */
final class TrainedBoosters {

	/**
	 * Two models (the chance of an event, the size) per mission and origin: 32 keep the
	 * latest origin, the posture's map month and a dozen months of the deployment map's
	 * slider for two missions (16 had the test run train ten models twice over).
	 */
	static final int KEPT = 32;

	private static final Cache<String, Booster> TRAINED = Caffeine.newBuilder().maximumSize(KEPT).build();

	private TrainedBoosters() {
	}

	/**
	 * The model XGBoost trains on {@code rows} rows of {@code features} features (row
	 * after row in {@code x}) with these labels, parameters and rounds.
	 */
	static Booster trained(float[] x, float[] labels, int rows, int features, Map<String, Object> params, int rounds) {
		String key = digest(x, labels, rows, features, params, rounds);
		return TRAINED.get(key, k -> train(x, labels, rows, features, params, rounds));
	}

	/** Forgets every model kept (for tests of training itself). */
	static void forgetAll() {
		TRAINED.invalidateAll();
	}

	private static Booster train(float[] x, float[] labels, int rows, int features, Map<String, Object> params,
			int rounds) {
		try {
			DMatrix data = new DMatrix(x, rows, features, Float.NaN);
			try {
				data.setLabel(labels);
				return XGBoost.train(data, params, rounds, new java.util.HashMap<>(), null, null);
			}
			finally {
				// Its native copy of the rows (megabytes) freed now rather than whenever
				// the collector finalises it; the trained model does not need it.
				data.dispose();
			}
		}
		catch (XGBoostError ex) {
			throw new IllegalStateException("XGBoost could not train: " + ex.getMessage(), ex);
		}
		catch (LinkageError ex) {
			throw new UnavailableException("the early-warning model needs XGBoost's native library, which could not be"
					+ " loaded (on Linux it needs OpenMP's runtime: apt-get install libgomp1): " + ex.getMessage(), ex);
		}
	}

	private static String digest(float[] x, float[] labels, int rows, int features, Map<String, Object> params,
			int rounds) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update((new TreeMap<>(params) + "|" + rounds + "|" + rows + "|" + features)
				.getBytes(StandardCharsets.UTF_8));
			update(sha, x, rows * features);
			update(sha, labels, rows);
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private static void update(MessageDigest sha, float[] values, int count) {
		ByteBuffer buffer = ByteBuffer.allocate(4 * 8192).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i < count; i++) {
			if (!buffer.hasRemaining()) {
				sha.update(buffer.flip());
				buffer.clear();
			}
			// The bits, not the value: NaN (missing) and -0 are told apart as XGBoost
			// reads them.
			buffer.putInt(Float.floatToRawIntBits(values[i]));
		}
		sha.update(buffer.flip());
	}

}
