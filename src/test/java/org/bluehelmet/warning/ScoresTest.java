package org.bluehelmet.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoresTest {

	@Test
	void crpsIsZeroForACertainForecastThatCameTrue() {
		assertThat(Scores.crps(new int[] { 3, 3, 3 }, 3)).isZero();
	}

	@Test
	void crpsFollowsTheEnergyFormOnASmallCase() {
		// E|X - 1| = 1 and E|X - X'| = (0 + 2 + 2 + 0) / 4 = 1, so CRPS = 1 - 1/2.
		assertThat(Scores.crps(new int[] { 0, 2 }, 1)).isCloseTo(0.5, within(1e-12));
		// A point forecast's CRPS is its absolute error.
		assertThat(Scores.crps(new int[] { 5, 5, 5, 5 }, 2)).isCloseTo(3.0, within(1e-12));
	}

	@Test
	void averagePrecisionRewardsRankingTheEventsFirst() {
		boolean[] happened = { true, false, true, false };
		assertThat(Scores.averagePrecision(new double[] { 0.9, 0.1, 0.8, 0.2 }, happened)).isEqualTo(1.0);
		// Events ranked 3rd and 4th: (1/3 + 2/4) / 2.
		assertThat(Scores.averagePrecision(new double[] { 0.1, 0.9, 0.2, 0.8 }, happened)).isCloseTo(5.0 / 12,
				within(1e-12));
		assertThat(Scores.averagePrecision(new double[] { 0.5, 0.5 }, new boolean[] { false, false })).isNaN();
	}

	@Test
	void brierAndLogScorePunishConfidentMistakesMost() {
		assertThat(Scores.brier(0.9, false)).isGreaterThan(Scores.brier(0.5, false));
		assertThat(Scores.logScore(0, true, 200)).isCloseTo(Math.log(201), within(1e-9));
	}

}
