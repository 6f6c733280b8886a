package org.bluehelmet.forcegen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench forcegen}: the arrival simulation over many pledges, on every core, beside
 * the same simulation on one thread (the reference).
 */
@Command(name = "forcegen", mixinStandardHelpOptions = true,
		description = "Time the Monte Carlo simulation of pledge arrival dates.")
public class ForceGenerationBenchmark implements Callable<Integer> {

	@Option(names = "--pledges", defaultValue = "200", description = "Pledges (default: ${DEFAULT-VALUE}).")
	int pledges;

	@Option(names = "--runs", defaultValue = "10000", description = "Simulation runs (default: ${DEFAULT-VALUE}).")
	int runs;

	@Option(names = "--repeat", defaultValue = "7", description = "Timed repetitions (default: ${DEFAULT-VALUE}).")
	int repeat;

	@Override
	public Integer call() {
		LocalDate today = LocalDate.of(2021, 7, 1);
		List<Pledge> portfolio = portfolio(pledges, today);
		PipelineAssumptions assumptions = PipelineAssumptions.defaults();
		System.out.printf("%,d pledges x %,d runs, %d cores, heap %,d MiB%n", pledges, runs,
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
		// Warm-up: the JIT compiles the simulation before anything is timed.
		for (int i = 0; i < 3; i++) {
			ArrivalSimulation.run(portfolio, assumptions, today, runs, i, true);
			ArrivalSimulation.run(portfolio, assumptions, today, runs, i, false);
		}
		double parallel = median(portfolio, assumptions, today, true);
		double sequential = median(portfolio, assumptions, today, false);
		System.out.printf("%-34s %12s%n", "SIMULATION", "MEDIAN_S");
		System.out.printf("%-34s %12.3f%n", "all cores", parallel);
		System.out.printf("%-34s %12.3f%n", "one thread (reference)", sequential);
		return 0;
	}

	private double median(List<Pledge> portfolio, PipelineAssumptions assumptions, LocalDate today, boolean all) {
		double[] seconds = new double[repeat];
		for (int i = 0; i < repeat; i++) {
			long start = System.nanoTime();
			ArrivalForecast forecast = ArrivalSimulation.run(portfolio, assumptions, today, runs, 100 + i, all);
			seconds[i] = (System.nanoTime() - start) / 1e9;
			if (forecast.pledges().size() != portfolio.size()) {
				throw new IllegalStateException("a pledge went missing");
			}
		}
		Arrays.sort(seconds);
		return seconds[repeat / 2];
	}

	/** Pledges at every step and level, seeded: the same portfolio on every run. */
	static List<Pledge> portfolio(int count, LocalDate today) {
		Random random = new Random(2021);
		PledgeStage[] stages = PledgeStage.values();
		List<Pledge> portfolio = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			PledgeStage stage = stages[random.nextInt(stages.length)];
			Map<PledgeStage, LocalDate> reached = new EnumMap<>(PledgeStage.class);
			reached.put(stage, today.minusDays(random.nextInt(200)));
			ReadinessLevel level = random.nextInt(10) == 0 ? ReadinessLevel.RAPID_DEPLOYMENT : ReadinessLevel.LEVEL_1;
			portfolio.add(new Pledge(i, "bench", "B-" + i, List.of("State " + (i % 40)),
					Capability.values()[i % Capability.values().length], 140 + random.nextInt(800), 10, "", level,
					List.of(), stage, reached, null, null));
		}
		return portfolio;
	}

}
