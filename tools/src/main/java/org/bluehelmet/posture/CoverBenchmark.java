package org.bluehelmet.posture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench cover}: the planner's covering solver on the published São José dos Campos
 * instances, each checked against an exact solve with OR-Tools (CP-SAT on the plain
 * model, no time pressure) in the same run; then a generated large instance, against
 * CP-SAT alone on the full model with the same time.
 */
@Command(name = "cover", mixinStandardHelpOptions = true,
		description = "Maximal covering location: published instances against an exact OR-Tools solve, and a "
				+ "generated large instance against CP-SAT alone.")
public class CoverBenchmark implements Callable<Integer> {

	@Option(names = "--instances", defaultValue = "../shared/bench/mclp", paramLabel = "DIR",
			description = "Folder of the published instances (default: ${DEFAULT-VALUE}).")
	Path instances;

	@Option(names = "--large-demand", defaultValue = "100000",
			description = "Demand points of the generated instance (default: ${DEFAULT-VALUE}; 0 skips it).")
	int largeDemand;

	@Option(names = "--large-sites", defaultValue = "1000",
			description = "Candidate sites of the generated instance (default: ${DEFAULT-VALUE}).")
	int largeSites;

	@Option(names = "--large-radius", defaultValue = "40", description = "Radius (default: ${DEFAULT-VALUE}).")
	double largeRadius;

	@Option(names = "--large-p", defaultValue = "50", description = "Sites to choose (default: ${DEFAULT-VALUE}).")
	int largeP;

	@Option(names = "--time-limit", defaultValue = "30",
			description = "Seconds for each method on the large instance (default: ${DEFAULT-VALUE}).")
	double timeLimit;

	@Option(names = "--workers", defaultValue = "2",
			description = "CP-SAT workers for the references (default: ${DEFAULT-VALUE}).")
	int workers;

	@Option(names = "--repeat", defaultValue = "5",
			description = "Timed solves of each published instance; the median and the slowest are shown "
					+ "(default: ${DEFAULT-VALUE}).")
	int repeat;

	@Override
	public Integer call() throws Exception {
		CpSatCover.loadNativeLibraries();
		System.out.printf("%d cores, heap %,d MiB%n", Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() / (1024 * 1024));
		int failures = 0;
		if (Files.isDirectory(instances)) {
			failures += published();
		}
		else {
			System.out.println("no folder " + instances + ": published instances skipped");
		}
		if (largeDemand > 0) {
			large();
		}
		return failures == 0 ? 0 : 1;
	}

	private int published() throws Exception {
		// Warm-up: the JIT and OR-Tools' first calls, before anything is timed.
		CoverInstance warm = CoverInstance.readSjc(instances.resolve("SJC324.txt"));
		for (int i = 0; i < 3; i++) {
			new CoverSolver().solve(warm.problem(800, DistanceMetric.EUCLIDEAN, 5), 10);
		}
		System.out.printf("%-8s %5s %3s %10s %10s %8s %8s %8s %10s %10s %8s %s%n", "INSTANCE", "R", "P", "OBJECTIVE",
				"BOUND", "GAP", "MEDIAN_S", "MAX_S", "EXACT", "EXACT_S", "SAME", "METHOD");
		int slower = 0;
		int failures = 0;
		for (String name : new String[] { "SJC324", "SJC402", "SJC500", "SJC708", "SJC818" }) {
			CoverInstance instance = CoverInstance.readSjc(instances.resolve(name + ".txt"));
			for (int radius : new int[] { 800, 1200 }) {
				for (int p : new int[] { 2, 5, 10, 15, 20 }) {
					CoverProblem problem = instance.problem(radius, DistanceMetric.EUCLIDEAN, p);
					double[] seconds = new double[Math.max(1, repeat)];
					CoverSolution ours = null;
					for (int k = 0; k < seconds.length; k++) {
						ours = new CoverSolver().solve(problem, 10);
						seconds[k] = ours.seconds();
					}
					java.util.Arrays.sort(seconds);
					slower += seconds[seconds.length - 1] < 1 ? 0 : 1;
					CoverSolution exact = CpSatCover.solve(problem, new int[0], 120, Math.max(workers, 8));
					boolean same = exact.provenOptimal() && Math.abs(exact.objective() - ours.objective()) < 1e-6
							&& ours.provenOptimal();
					failures += same ? 0 : 1;
					System.out.printf("%-8s %5d %3d %10.0f %10.0f %8.5f %8.3f %8.3f %10.0f %10.3f %8s %s%n", name,
							radius, p, ours.objective(), ours.bound(), ours.gap(), seconds[seconds.length / 2],
							seconds[seconds.length - 1], exact.objective(), exact.seconds(), same ? "yes" : "NO",
							ours.method());
				}
			}
		}
		System.out.printf("%d of 50 proven optimal and equal to the exact solve; %d with a solve of 1 s or more%n",
				50 - failures, slower);
		return failures;
	}

	private void large() {
		long started = System.nanoTime();
		CoverInstance instance = CoverInstanceGenerator.generate(largeDemand, largeSites, 1);
		CoverProblem problem = instance.problem(largeRadius, DistanceMetric.EUCLIDEAN, largeP);
		System.out.printf("%nGenerated %,d demand points, %,d sites, radius %.0f, p %d: %,d coverage pairs (%.1f s)%n",
				largeDemand, largeSites, largeRadius, largeP, problem.coverageSize(),
				(System.nanoTime() - started) / 1e9);
		System.out.printf("%-40s %12s %12s %8s %8s%n", "METHOD", "OBJECTIVE", "BOUND", "GAP", "SECONDS");
		CoverSolution ours = new CoverSolver().solve(problem, timeLimit);
		System.out.printf("%-40s %12.0f %12.0f %8.5f %8.2f%n", "Blue Helmet (" + timeLimit + " s)", ours.objective(),
				ours.bound(), ours.gap(), ours.seconds());
		System.out.println("  " + ours.method());
		CoverSolution cpSat = CpSatCover.solve(problem, new int[0], timeLimit, workers);
		System.out.printf("%-40s %12.0f %12.0f %8.5f %8.2f%n", "CP-SAT alone, full model (" + workers + " workers)",
				cpSat.objective(), cpSat.bound(), cpSat.gap(), cpSat.seconds());
		double bestBound = Math.min(ours.bound(), cpSat.bound());
		System.out.printf("Best bound %.0f: Blue Helmet within %.3f%%, CP-SAT within %.3f%%%n", bestBound,
				100 * (bestBound - ours.objective()) / bestBound, 100 * (bestBound - cpSat.objective()) / bestBound);
	}

}
