package org.bluehelmet.forcegen;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What the arrival simulation found.
 *
 * @param asOf the day it started from
 * @param runs how many runs
 * @param pledges per pledge: its arrival dates
 * @param strength per month from {@code asOf}'s: personnel of these pledges arrived by
 * the month's end (the fan chart)
 */
record ArrivalForecast(LocalDate asOf, int runs, List<PledgeArrival> pledges, List<MonthStrength> strength) {

	/**
	 * One pledge's arrival: the 10th, 50th and 90th percentiles of its date over the runs
	 * ({@code null} when beyond the horizon), and the share of runs in which it arrives
	 * within the horizon.
	 */
	public record PledgeArrival(Pledge pledge, LocalDate p10, LocalDate p50, LocalDate p90, double arrivalShare) {
	}

	/** Personnel arrived by the end of a month: 10th, 50th and 90th percentile. */
	public record MonthStrength(YearMonth month, int p10, int p50, int p90) {
	}

}
