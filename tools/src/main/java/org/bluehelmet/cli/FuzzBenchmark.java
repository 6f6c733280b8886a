package org.bluehelmet.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.bluehelmet.fuzz.ApiFuzz;
import org.bluehelmet.fuzz.FuzzReport;
import org.bluehelmet.fuzz.ImportFuzz;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench fuzz}: the fuzz run of the tests, for longer: the importers and the JSON
 * API of a server started for it, half the time each. Failing inputs are written to files
 * to replay them.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
		description = "Fuzz the importers and the JSON API with damaged input for a while (localhost only).")
class FuzzBenchmark implements Callable<Integer> {

	@Option(names = "--seconds", defaultValue = "600", description = "How long in all (default: ${DEFAULT-VALUE}).")
	long seconds;

	@Option(names = "--cases", defaultValue = "1000000", description = "At most this many inputs per half.")
	long cases;

	@Option(names = "--seed", description = "First seed (default: from the clock); case i uses seed + i.")
	Long seed;

	@Option(names = "--failures", defaultValue = "fuzz-failures",
			description = "Folder for failing inputs (default: ${DEFAULT-VALUE}).")
	Path failures;

	@Override
	public Integer call() throws Exception {
		long first = seed != null ? seed : System.currentTimeMillis();
		Duration half = Duration.ofSeconds(Math.max(1, seconds / 2));
		System.out.printf("Seed %d, %d s per half%n", first, half.toSeconds());
		try (BenchServer server = new BenchServer("fuzz")) {
			FuzzReport imports = server.context.getBean(ImportFuzz.class).run("minusma", first, cases, half);
			System.out.println("Importers: " + imports);
			FuzzReport api = new ApiFuzz(server.port, "minusma", "admin", server.adminPassword).run(first, cases, half);
			System.out.println("JSON API:  " + api);
			int failed = save(imports.failures()) + save(api.failures());
			return failed == 0 ? 0 : 1;
		}
	}

	private int save(List<FuzzReport.Failure> found) throws Exception {
		for (FuzzReport.Failure failure : found) {
			Files.createDirectories(failures);
			Path file = failures.resolve("seed-" + failure.seed() + ".txt");
			Files.writeString(file, failure.target() + "\n" + failure.problem() + "\n\n" + failure.input(),
					StandardCharsets.UTF_8);
			System.out.println("  failing input: " + file);
		}
		return found.size();
	}

}
