package org.bluehelmet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench startup}: start-up time and idle memory of the server, first start beside
 * restart.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks of this installation.",
		subcommands = { BenchCommand.Startup.class })
class BenchCommand implements Runnable {

	@Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(System.out);
	}

	@Command(name = "startup", mixinStandardHelpOptions = true,
			description = "Start the server from this jar several times on this machine; report start-up time and idle memory.")
	static class Startup implements Callable<Integer> {

		@Option(names = "--runs", defaultValue = "3", description = "Pairs of starts (default: ${DEFAULT-VALUE}).")
		int runs;

		@Option(names = "--idle-seconds", defaultValue = "10",
				description = "Pause before memory is read (default: ${DEFAULT-VALUE}).")
		int idleSeconds;

		@Option(names = "--jar", description = "The jar to start (default: the one running this command).")
		Path jar;

		@Option(names = "--jvm-option", description = "An option for the started JVM, e.g. -Xmx512m; repeatable.")
		List<String> jvmOptions = new ArrayList<>();

		@Spec
		CommandLine.Model.CommandSpec spec;

		@Override
		public Integer call() throws Exception {
			Path target = jar != null ? jar : Path.of(System.getProperty("java.class.path"));
			if (!Files.isRegularFile(target) || !target.toString().endsWith(".jar")) {
				throw new CommandLine.ParameterException(spec.commandLine(),
						"run this from the jar, or name it with --jar");
			}
			StartupBenchmark benchmark = new StartupBenchmark(target, jvmOptions);
			List<StartupBenchmark.Start> first = new ArrayList<>();
			List<StartupBenchmark.Start> restart = new ArrayList<>();
			System.out.printf("%-4s %-12s %10s %14s %10s%n", "RUN", "KIND", "HEALTHY_S", "FIRST_ANSWER_S",
					"IDLE_RSS_MB");
			for (int run = 1; run <= runs; run++) {
				Path dataDir = Files.createTempDirectory("bluehelmet-bench").resolve("data");
				first.add(print(run, "first start", benchmark.measure(dataDir, Duration.ofSeconds(idleSeconds))));
				restart.add(print(run, "restart", benchmark.measure(dataDir, Duration.ofSeconds(idleSeconds))));
			}
			System.out.println();
			System.out.printf("median first start: healthy %.2f s, first answer %.2f s, idle RSS %d MiB%n",
					median(first, StartupBenchmark.Start::healthyMillis) / 1000.0,
					median(first, StartupBenchmark.Start::firstAnswerMillis) / 1000.0,
					median(first, StartupBenchmark.Start::idleRssMegabytes));
			System.out.printf("median restart:     healthy %.2f s, first answer %.2f s, idle RSS %d MiB%n",
					median(restart, StartupBenchmark.Start::healthyMillis) / 1000.0,
					median(restart, StartupBenchmark.Start::firstAnswerMillis) / 1000.0,
					median(restart, StartupBenchmark.Start::idleRssMegabytes));
			return 0;
		}

		private static StartupBenchmark.Start print(int run, String kind, StartupBenchmark.Start start) {
			System.out.printf("%-4d %-12s %10.2f %14.2f %10d%n", run, kind, start.healthyMillis() / 1000.0,
					start.firstAnswerMillis() / 1000.0, start.idleRssMegabytes());
			return start;
		}

		private static long median(List<StartupBenchmark.Start> starts, ToLongFunction<StartupBenchmark.Start> value) {
			List<Long> sorted = starts.stream().map(value::applyAsLong).sorted(Comparator.naturalOrder()).toList();
			return sorted.get(sorted.size() / 2);
		}

	}

}
