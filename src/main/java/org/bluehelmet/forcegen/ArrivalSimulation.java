package org.bluehelmet.forcegen;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;

/**
 * When pledged units can arrive: a Monte Carlo simulation of the steps each pledge has
 * left. In each run every pledge goes through its remaining steps, each taking a duration
 * drawn from {@link PipelineAssumptions}; from selection on, its camp is readied beside
 * them (or, with the share the assumptions give, not within the horizon); the unit
 * arrives when both are done. A unit at the Rapid Deployment Level arrives after that
 * level's delay, counted from today, but also waits for its camp. Deployed units arrived
 * on the day recorded.
 * <p>
 * Runs are independent and run in parallel; run {@code r} draws from its own generator
 * split in order from one seeded root, so the result depends only on the seed, not on the
 * threads. Thread-safe (no state).
 */
final class ArrivalSimulation {

	/** Arrival "day" of a unit that does not arrive within the horizon. */
	static final int NEVER = Integer.MAX_VALUE;

	private ArrivalSimulation() {
	}

	/**
	 * Simulates.
	 * @param today the day the simulation starts from
	 * @param runs how many runs (1 to 1,000,000)
	 * @param seed the root generator's seed
	 * @param parallel whether to use every core
	 */
	public static ArrivalForecast run(List<Pledge> pledges, PipelineAssumptions assumptions, LocalDate today, int runs,
			long seed, boolean parallel) {
		if (runs < 1 || runs > 1_000_000) {
			throw new InvalidInputException("runs", Phrase.of("problem.forcegen.simulationRuns", "value", runs));
		}
		int todayDay = (int) today.toEpochDay();
		int horizonDay = (int) today.plusMonths(assumptions.horizonMonths()).toEpochDay();
		SplittableRandom root = new SplittableRandom(seed);
		SplittableRandom[] generators = new SplittableRandom[runs];
		for (int r = 0; r < runs; r++) {
			generators[r] = root.split();
		}
		Plan[] plans = pledges.stream().map(pledge -> Plan.of(pledge, todayDay)).toArray(Plan[]::new);
		int[][] arrivals = new int[pledges.size()][runs];
		IntStream indexes = IntStream.range(0, runs);
		(parallel ? indexes.parallel() : indexes).forEach(r -> {
			SplittableRandom random = generators[r];
			for (int p = 0; p < plans.length; p++) {
				int day = plans[p].arrival(assumptions, todayDay, random);
				arrivals[p][r] = day > horizonDay ? NEVER : day;
			}
		});
		return summarise(pledges, arrivals, today, assumptions.horizonMonths(), runs);
	}

	private static ArrivalForecast summarise(List<Pledge> pledges, int[][] arrivals, LocalDate today, int horizonMonths,
			int runs) {
		List<ArrivalForecast.PledgeArrival> perPledge = new ArrayList<>();
		for (int p = 0; p < pledges.size(); p++) {
			int[] sorted = arrivals[p].clone();
			Arrays.sort(sorted);
			long arriving = Arrays.stream(sorted).filter(day -> day != NEVER).count();
			perPledge.add(new ArrivalForecast.PledgeArrival(pledges.get(p), date(sorted, 0.10), date(sorted, 0.50),
					date(sorted, 0.90), arriving / (double) runs));
		}
		return new ArrivalForecast(today, runs, perPledge, strength(pledges, arrivals, today, horizonMonths, runs));
	}

	/**
	 * Personnel arrived by the end of each month, 10th, 50th and 90th percentile over the
	 * runs: the fan chart.
	 */
	private static List<ArrivalForecast.MonthStrength> strength(List<Pledge> pledges, int[][] arrivals, LocalDate today,
			int horizonMonths, int runs) {
		YearMonth first = YearMonth.from(today);
		int[] monthEnds = new int[horizonMonths + 1];
		for (int m = 0; m <= horizonMonths; m++) {
			monthEnds[m] = (int) first.plusMonths(m).atEndOfMonth().toEpochDay();
		}
		int[][] perRun = new int[horizonMonths + 1][runs];
		for (int p = 0; p < pledges.size(); p++) {
			int personnel = pledges.get(p).personnel();
			for (int r = 0; r < runs; r++) {
				int day = arrivals[p][r];
				if (day == NEVER) {
					continue;
				}
				int m = Arrays.binarySearch(monthEnds, day);
				for (int month = m >= 0 ? m : -m - 1; month <= horizonMonths; month++) {
					perRun[month][r] += personnel;
				}
			}
		}
		List<ArrivalForecast.MonthStrength> fan = new ArrayList<>();
		for (int m = 0; m <= horizonMonths; m++) {
			int[] sorted = perRun[m];
			Arrays.sort(sorted);
			fan.add(new ArrivalForecast.MonthStrength(first.plusMonths(m), percentile(sorted, 0.10),
					percentile(sorted, 0.50), percentile(sorted, 0.90)));
		}
		return fan;
	}

	/**
	 * Nearest-rank percentile of sorted days, or {@code null} when beyond the horizon.
	 */
	private static LocalDate date(int[] sortedDays, double p) {
		int day = percentile(sortedDays, p);
		return day == NEVER ? null : LocalDate.ofEpochDay(day);
	}

	private static int percentile(int[] sorted, double p) {
		int rank = (int) Math.ceil(p * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	/** What is left of one pledge's way, fixed before the runs. */
	private record Plan(int startDay, List<PledgeStage> steps, boolean rapid, boolean campPending,
			boolean campStartsNow, int deployedDay) {

		static Plan of(Pledge pledge, int todayDay) {
			if (pledge.stage() == PledgeStage.DEPLOYED) {
				return new Plan(0, List.of(), false, false, false, (int) pledge.stageReachedOn().toEpochDay());
			}
			boolean campPending = !pledge.reached().containsKey(PledgeStage.CAMP_READY);
			PledgeStage latest = pledge.stage() == PledgeStage.CAMP_READY ? latestBesidesCamp(pledge) : pledge.stage();
			List<PledgeStage> left = PipelineAssumptions.PIPELINE.stream()
				.filter(step -> step.isAfter(latest))
				.toList();
			// A pledge whose camp is ready may not say when it passed its other steps.
			LocalDate since = pledge.reached().getOrDefault(latest, pledge.stageReachedOn());
			int start = Math.max(todayDay, (int) since.toEpochDay());
			boolean selected = !left.contains(PledgeStage.SELECTED);
			return new Plan(start, left, pledge.readiness() == ReadinessLevel.RAPID_DEPLOYMENT, campPending, selected,
					-1);
		}

		private static PledgeStage latestBesidesCamp(Pledge pledge) {
			return pledge.reached()
				.keySet()
				.stream()
				.filter(step -> step != PledgeStage.CAMP_READY)
				.max(Enum::compareTo)
				.orElse(PledgeStage.PLEDGED);
		}

		int arrival(PipelineAssumptions assumptions, int todayDay, SplittableRandom random) {
			if (deployedDay >= 0) {
				return deployedDay;
			}
			double day = startDay;
			double selectedOn = campStartsNow ? startDay : Double.NaN;
			if (rapid) {
				day = todayDay + assumptions.rapidDeployment().sample(random);
				selectedOn = todayDay;
			}
			else {
				for (PledgeStage step : steps) {
					day += assumptions.steps().get(step).sample(random);
					if (step == PledgeStage.SELECTED) {
						selectedOn = day;
					}
				}
			}
			if (campPending) {
				if (random.nextDouble() < assumptions.campBlockedShare()) {
					return NEVER;
				}
				day = Math.max(day, selectedOn + assumptions.campReady().sample(random));
			}
			return (int) Math.ceil(day);
		}

	}

}
