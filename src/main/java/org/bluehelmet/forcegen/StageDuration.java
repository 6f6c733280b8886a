package org.bluehelmet.forcegen;

import java.util.SplittableRandom;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;

/**
 * How long a step takes, in days, as a triangular distribution (least, most likely,
 * most): the distribution planners can state from experience when there are too few cases
 * to fit another (the PERT practice).
 *
 * @param minDays least
 * @param modeDays most likely
 * @param maxDays most
 */
record StageDuration(int minDays, int modeDays, int maxDays) {

	public StageDuration {
		if (minDays < 0 || modeDays < minDays || maxDays < modeDays) {
			throw new InvalidInputException("duration",
					Phrase.of("problem.duration", "least", minDays, "likely", modeDays, "most", maxDays));
		}
	}

	/** A draw, by the inverse of the triangular distribution's CDF. */
	public double sample(SplittableRandom random) {
		double u = random.nextDouble();
		double range = maxDays - minDays;
		if (range == 0) {
			return minDays;
		}
		double split = (modeDays - minDays) / range;
		return u < split ? minDays + Math.sqrt(u * range * (modeDays - minDays))
				: maxDays - Math.sqrt((1 - u) * range * (maxDays - modeDays));
	}

	/** The mean, (a + b + c) / 3. */
	public double meanDays() {
		return (minDays + modeDays + maxDays) / 3.0;
	}

}
