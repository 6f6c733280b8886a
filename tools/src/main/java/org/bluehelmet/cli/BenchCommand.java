package org.bluehelmet.cli;

import org.bluehelmet.forcegen.ForceGenerationBenchmark;
import org.bluehelmet.posture.CoverBenchmark;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench startup}: start-up time and idle memory of the server, first start beside
 * restart.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks of this installation.",
		subcommands = { BenchCommand.Startup.class, BenchCommand.Import.class, BenchCommand.Viewport.class,
				FuzzBenchmark.class, LoadBenchmark.class, ForceGenerationBenchmark.class, CoverBenchmark.class,
				PostureBenchmark.class, WarningBenchmark.class })
class BenchCommand extends CommandGroup {

	@Command(name = "import", mixinStandardHelpOptions = true,
			description = "Import a large file in the UCDP layout (real rows repeated with new ids) into a fresh embedded "
					+ "database and a fresh PostgreSQL database; PostgreSQL's COPY of the same file is the reference.")
	static class Import implements Callable<Integer> {

		@Option(names = "--rows", defaultValue = "500000",
				description = "Rows to generate (default: ${DEFAULT-VALUE}).")
		long rows;

		@Mixin
		RealEvents realEvents;

		@Option(names = "--postgres", defaultValue = "jdbc:postgresql://127.0.0.1:5432/postgres",
				description = "A PostgreSQL server's maintenance database; the benchmark creates its own database "
						+ "there (default: ${DEFAULT-VALUE}).")
		String postgres;

		@Option(names = "--postgres-user", defaultValue = "postgres")
		String postgresUser;

		@Option(names = "--postgres-password", defaultValue = "")
		String postgresPassword;

		@Option(names = "--no-postgres", description = "Only the embedded database.")
		boolean noPostgres;

		@Override
		public Integer call() throws Exception {
			Path work = Files.createTempDirectory("bluehelmet-bench-import");
			Path file = work.resolve("ucdp-" + rows + ".csv");
			System.out.printf("Writing %,d rows to %s%n", rows, file);
			UcdpBenchmarkFile.write(realEvents.file, file, rows);
			System.out.printf("%,d MiB, heap limit %,d MiB%n%n", Files.size(file) / (1024 * 1024),
					Runtime.getRuntime().maxMemory() / (1024 * 1024));
			List<ImportBenchmark.Run> runs = new ArrayList<>();
			runs.add(ImportBenchmark.importInto("Blue Helmet into H2 (embedded)",
					DatabaseOptions.embedded(work.resolve("data")), file));
			if (!noPostgres) {
				String url = ImportBenchmark.freshPostgresDatabase(postgres, postgresUser, postgresPassword,
						"bluehelmet_bench");
				runs.add(ImportBenchmark.importInto("Blue Helmet into PostgreSQL",
						DatabaseOptions.server(url, postgresUser, postgresPassword), file));
				runs.add(ImportBenchmark.copyInto(url, postgresUser, postgresPassword, file));
			}
			double reference = runs.get(runs.size() - 1).seconds();
			System.out.printf("%-32s %10s %9s %11s %9s %13s%n", "TARGET", "ROWS", "SECONDS", "ROWS/S", "x COPY",
					"PEAK_HEAP_MB");
			for (ImportBenchmark.Run run : runs) {
				System.out.printf("%-32s %,10d %9.2f %,11.0f %9s %13s%n", run.target(), run.rows(), run.seconds(),
						run.rowsPerSecond(), noPostgres ? "-" : String.format("%.2f", run.seconds() / reference),
						run.peakHeapMegabytes() < 0 ? "-" : String.valueOf(run.peakHeapMegabytes()));
			}
			Files.deleteIfExists(file);
			return 0;
		}

	}

	@Command(name = "viewport", mixinStandardHelpOptions = true,
			description = "Map-viewport aggregations (incidents per cell for a box, period and category) over a large set "
					+ "of incidents in the embedded database; the database's own GROUP BY is the reference.")
	static class Viewport implements Callable<Integer> {

		@Option(names = "--incidents", defaultValue = "500000",
				description = "Incidents to generate from the real rows (default: ${DEFAULT-VALUE}).")
		long incidents;

		@Option(names = "--queries", defaultValue = "1000",
				description = "Viewports to ask (default: ${DEFAULT-VALUE}).")
		int queries;

		@Option(names = "--reference-queries", defaultValue = "200",
				description = "Of those, how many the database answers too (default: ${DEFAULT-VALUE}).")
		int referenceQueries;

		@Mixin
		RealEvents realEvents;

		@Override
		public Integer call() throws Exception {
			Path work = Files.createTempDirectory("bluehelmet-bench-viewport");
			Path file = work.resolve("ucdp-" + incidents + ".csv");
			UcdpBenchmarkFile.write(realEvents.file, file, incidents);
			List<ViewportBenchmark.Latencies> results = ViewportBenchmark
				.run(DatabaseOptions.embedded(work.resolve("data")), file, queries, referenceQueries);
			Files.deleteIfExists(file);
			System.out.printf("%n%-36s %8s %9s %9s %9s %9s%n", "TARGET", "QUERIES", "P50_MS", "P95_MS", "P99_MS",
					"MAX_MS");
			for (ViewportBenchmark.Latencies result : results) {
				System.out.printf("%-36s %8d %9.2f %9.2f %9.2f %9.2f%n", result.target(), result.queries(),
						result.p50(), result.p95(), result.p99(), result.max());
			}
			return 0;
		}

	}

	@Command(name = "startup", mixinStandardHelpOptions = true,
			description = "Start the server from this jar several times on this machine; report start-up time and idle memory.")
	static class Startup implements Callable<Integer> {

		@Option(names = "--runs", defaultValue = "3", description = "Pairs of starts (default: ${DEFAULT-VALUE}).")
		int runs;

		@Option(names = "--idle-seconds", defaultValue = "10",
				description = "Pause before memory is read (default: ${DEFAULT-VALUE}).")
		int idleSeconds;

		@Option(names = "--jar", defaultValue = "target/bluehelmet.jar",
				description = "The product's jar to start (default: ${DEFAULT-VALUE}, built by ./mvnw package).")
		Path jar;

		@Option(names = "--jvm-option", description = "An option for the started JVM, e.g. -Xmx512m; repeatable.")
		List<String> jvmOptions = new ArrayList<>();

		@Spec
		CommandLine.Model.CommandSpec spec;

		@Override
		public Integer call() throws Exception {
			if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
				throw new CommandLine.ParameterException(spec.commandLine(),
						"no jar at " + jar + ": build the product (./mvnw package) or name its jar with --jar");
			}
			StartupBenchmark benchmark = new StartupBenchmark(jar, jvmOptions);
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

	/**
	 * The real UCDP GED file whose rows the generating benchmarks repeat with new ids.
	 */
	static class RealEvents {

		@Option(names = "--events", defaultValue = "../shared/data/ucdp_ged_mali_1990_2021.csv",
				description = "The real UCDP GED file whose rows are repeated (default: ${DEFAULT-VALUE}).")
		Path file;

	}

}
