package org.bluehelmet.posture;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Large covering instances for benchmarks, seeded and reproducible: demand points in a
 * 1,000 × 1,000 square, four in five drawn around settlements (Gaussian clusters of
 * different spread, as people live) and the rest scattered, with integer weights from a
 * heavy-tailed (log-normal) distribution; candidate sites are demand points drawn at
 * random, as camps and TOBs stand where people are.
 */
public final class CoverInstanceGenerator {

	private CoverInstanceGenerator() {
	}

	public static CoverInstance generate(int demandPoints, int sites, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int settlements = Math.max(1, demandPoints / 500);
		double[][] centre = new double[settlements][3];
		for (double[] c : centre) {
			c[0] = random.nextDouble(1000);
			c[1] = random.nextDouble(1000);
			c[2] = 3 + random.nextDouble(37);
		}
		double[] x = new double[demandPoints];
		double[] y = new double[demandPoints];
		double[] w = new double[demandPoints];
		for (int i = 0; i < demandPoints; i++) {
			if (random.nextDouble() < 0.8) {
				double[] c = centre[random.nextInt(settlements)];
				x[i] = clamp(c[0] + c[2] * gaussian(random));
				y[i] = clamp(c[1] + c[2] * gaussian(random));
			}
			else {
				x[i] = random.nextDouble(1000);
				y[i] = random.nextDouble(1000);
			}
			w[i] = Math.max(1, Math.round(Math.exp(1.5 + gaussian(random))));
		}
		double[] sx = new double[sites];
		double[] sy = new double[sites];
		List<String> ids = new ArrayList<>();
		for (int j = 0; j < sites; j++) {
			int at = random.nextInt(demandPoints);
			sx[j] = x[at];
			sy[j] = y[at];
			ids.add("s" + (j + 1));
		}
		return new CoverInstance(ids, sx, sy, x, y, w, null);
	}

	/** Writes the instance as the {@code cover} command reads it. */
	public static void write(CoverInstance instance, Path sites, Path demand) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(sites, StandardCharsets.UTF_8)) {
			out.write("id,x,y\n");
			for (int j = 0; j < instance.siteIds().size(); j++) {
				out.write(String.format(Locale.ROOT, "%s,%.3f,%.3f%n", instance.siteIds().get(j), instance.siteX()[j],
						instance.siteY()[j]));
			}
		}
		try (BufferedWriter out = Files.newBufferedWriter(demand, StandardCharsets.UTF_8)) {
			out.write("id,x,y,weight\n");
			for (int i = 0; i < instance.weights().length; i++) {
				out.write(String.format(Locale.ROOT, "d%d,%.3f,%.3f,%.0f%n", i + 1, instance.demandX()[i],
						instance.demandY()[i], instance.weights()[i]));
			}
		}
	}

	private static double gaussian(SplittableRandom random) {
		// Box–Muller
		double u = 1 - random.nextDouble();
		double v = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	private static double clamp(double value) {
		return Math.min(1000, Math.max(0, value));
	}

}
