package org.bluehelmet.posture;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code cover}: the planner's maximal covering location solver on any instance, for
 * scripts and benchmarks; prints one JSON object.
 */
@Command(name = "cover", mixinStandardHelpOptions = true,
		description = "Choose p sites covering the most demand weight within a radius; prints JSON with the objective, "
				+ "the best bound and the gap.")
public class CoverCommand implements Callable<Integer> {

	@Option(names = "--sites", paramLabel = "FILE", description = "Candidate sites, CSV id,x,y.")
	Path sites;

	@Option(names = "--demand", paramLabel = "FILE", description = "Demand points, CSV id,x,y,weight.")
	Path demand;

	@Option(names = "--instance", paramLabel = "FILE", description = "A published instance instead of the two CSVs.")
	Path instance;

	@Option(names = "--format", defaultValue = "sjc", description = "Format of --instance: sjc or gr.")
	String format;

	@Option(names = "--p", required = true, description = "How many sites to choose.")
	int p;

	@Option(names = "--radius", required = true, description = "Coverage radius, in the distance's units.")
	double radius;

	@Option(names = "--metric", defaultValue = "euclidean",
			description = "euclidean or haversine (x longitude, y latitude, radius in km).")
	String metric;

	@Option(names = "--time-limit", defaultValue = "30", paramLabel = "SECONDS",
			description = "Stop with the best solution and bound by then (default: ${DEFAULT-VALUE}).")
	double timeLimit;

	@Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		CoverInstance data = read();
		if (p < 0 || !(radius >= 0) || !(timeLimit > 0)) {
			throw new CommandLine.ParameterException(spec.commandLine(),
					"--p and --radius must not be negative, --time-limit must be positive");
		}
		long started = System.nanoTime();
		CoverProblem problem = data.problem(radius, DistanceMetric.parse(metric), p);
		double remaining = timeLimit - (System.nanoTime() - started) / 1e9;
		// Steps on stderr, so that stdout keeps only the JSON.
		CoverSolution solution = new CoverSolver(step -> spec.commandLine().getErr().println(step)).solve(problem,
				Math.max(0.1, remaining));
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("objective", solution.objective());
		out.put("bound", solution.bound());
		out.put("gap", solution.gap());
		out.put("selected", Arrays.stream(solution.selected()).sorted().mapToObj(data.siteIds()::get).toList());
		out.put("seconds", (System.nanoTime() - started) / 1e9);
		out.put("method", solution.method());
		spec.commandLine().getOut().println(JsonMapper.builder().build().writeValueAsString(out));
		return 0;
	}

	private CoverInstance read() throws IOException {
		try {
			if (instance != null) {
				return switch (format.toLowerCase(java.util.Locale.ROOT)) {
					case "sjc" -> CoverInstance.readSjc(instance);
					case "gr" -> CoverInstance.readGr(instance);
					default -> throw new CommandLine.ParameterException(spec.commandLine(),
							"--format '" + format + "' is not sjc or gr");
				};
			}
			if (sites == null || demand == null) {
				throw new CommandLine.ParameterException(spec.commandLine(),
						"give --sites and --demand, or --instance");
			}
			return CoverInstance.readCsv(sites, demand);
		}
		catch (IllegalArgumentException ex) {
			throw new CommandLine.ParameterException(spec.commandLine(), ex.getMessage());
		}
	}

}
