package org.bluehelmet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bluehelmet.maintenance.DatabaseBackup;
import org.bluehelmet.maintenance.IntegrityCheck;
import org.bluehelmet.system.InvalidInputException;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code backup}, {@code restore} and {@code check}. */
final class MaintenanceCommands {

	private MaintenanceCommands() {
	}

	@Command(name = "backup", mixinStandardHelpOptions = true,
			description = "Write every table to one file, consistent even while the server runs.")
	static class Backup implements Callable<Integer> {

		@Mixin
		DatabaseOptions database;

		@Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write.")
		Path out;

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = ApplicationContexts.offline(database,
					Map.of("bluehelmet.mission.load-demo", false))) {
				DatabaseBackup.Manifest manifest = context.getBean(DatabaseBackup.class)
					.backup(out, operator(), table -> System.err.println("  " + table));
				System.out.printf("Backed up %d tables, %,d rows (schema version %s) to %s%n", manifest.tables().size(),
						manifest.rows(), manifest.schemaVersion(), out);
				return 0;
			}
		}

	}

	@Command(name = "restore", mixinStandardHelpOptions = true,
			description = "Restore a backup into an empty database (all or nothing).")
	static class Restore implements Callable<Integer> {

		@Mixin
		DatabaseOptions database;

		@Parameters(paramLabel = "FILE", description = "A file written by 'backup'.")
		Path file;

		@Override
		public Integer call() {
			if (!Files.isRegularFile(file)) {
				System.err.println("No such file: " + file);
				return 2;
			}
			try (ConfigurableApplicationContext context = ApplicationContexts.offline(database,
					Map.of("bluehelmet.mission.load-demo", false))) {
				DatabaseBackup.Manifest manifest = context.getBean(DatabaseBackup.class)
					.restore(file, operator(), table -> System.err.println("  " + table));
				System.out.printf("Restored %d tables, %,d rows, from the backup of %s%n", manifest.tables().size(),
						manifest.rows(), manifest.createdAt());
				return 0;
			}
			catch (InvalidInputException ex) {
				System.err.println("Nothing restored: " + ex.getMessage());
				return 1;
			}
		}

	}

	@Command(name = "check", mixinStandardHelpOptions = true,
			description = "Check the data's integrity (references, imports, audit chain); exits 1 on a problem.")
	static class Check implements Callable<Integer> {

		@Mixin
		DatabaseOptions database;

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = ApplicationContexts.offline(database,
					Map.of("bluehelmet.mission.load-demo", false))) {
				IntegrityCheck.Report report = context.getBean(IntegrityCheck.class).run();
				report.notes().forEach(note -> System.out.println("  " + note));
				report.problems().forEach(problem -> System.err.println("PROBLEM: " + problem));
				System.out.println(report.intact() ? "Intact." : "Problems found: " + report.problems().size());
				return report.intact() ? 0 : 1;
			}
		}

	}

	/** Who runs a command, for the audit log. */
	static String operator() {
		return "cli:" + System.getProperty("user.name", "operator");
	}

}
