package org.bluehelmet.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.bluehelmet.audit.AuditCheckpoints;
import org.bluehelmet.audit.AuditKey;
import org.bluehelmet.audit.AuditVerification;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code audit verify}, {@code audit checkpoint}, {@code audit reseal}: the audit log's
 * keyed chain and its checkpoints.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "The audit log.",
		subcommands = { AuditCommand.Verify.class, AuditCommand.Checkpoint.class, AuditCommand.Reseal.class })
class AuditCommand extends CommandGroup {

	@Command(name = "verify", mixinStandardHelpOptions = true,
			description = "Check that no entry of the audit log was changed, removed or inserted; exits 1 if one was.")
	static class Verify implements Callable<Integer> {

		@Mixin
		DatabaseOptions database;

		@Option(names = "--checkpoints", paramLabel = "FILE",
				description = "Also check the log against checkpoints written earlier (audit checkpoint).")
		Path checkpoints;

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = ApplicationContexts.offline(database)) {
				AuditVerification.Result result = context.getBean(AuditVerification.class).verify();
				if (!result.intact()) {
					System.err.printf("The audit log was tampered with: %s. Entries 1 to %,d are intact.%n",
							result.problem(), result.entriesChecked());
					return 1;
				}
				List<String> problems = checkpoints == null ? List.of()
						: context.getBean(AuditCheckpoints.class).problems(checkpoints);
				if (!problems.isEmpty()) {
					problems.forEach(problem -> System.err.println("The audit log was rewritten: " + problem));
					return 1;
				}
				System.out.printf("The audit log is intact: %,d entries, each sealed and linked to the one before%s.%n",
						result.entriesChecked(), checkpoints == null ? "" : ", as the checkpoints recorded them");
				return 0;
			}
		}

	}

	@Command(name = "checkpoint", mixinStandardHelpOptions = true,
			description = "Print a sealed checkpoint of the audit log (its last entry), or append it to a file; "
					+ "keep it off this machine.")
	static class Checkpoint implements Callable<Integer> {

		@Mixin
		DatabaseOptions database;

		@Option(names = "--out", paramLabel = "FILE", description = "Append the checkpoint to this file.")
		Path out;

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = ApplicationContexts.offline(database)) {
				AuditCheckpoints checkpoints = context.getBean(AuditCheckpoints.class);
				System.out.println(out == null ? checkpoints.current() : checkpoints.appendTo(out));
				return 0;
			}
		}

	}

	@Command(name = "reseal", mixinStandardHelpOptions = true,
			description = "Once, after upgrading: seal an audit log written before entries were keyed with this "
					+ "installation's key (refused if its plain chain is broken).")
	static class Reseal implements Callable<Integer> {

		@Mixin
		DatabaseOptions database;

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = ApplicationContexts.offline(database)) {
				if (context.getBean(AuditVerification.class).verify().intact()) {
					System.out.println("The audit log is already sealed with this installation's key.");
					return 0;
				}
				long sealed = context.getBean(AuditVerification.class).resealUnkeyed();
				System.out.printf("Sealed %,d entries with the key in %s.%n", sealed,
						context.getBean(AuditKey.class).file());
				return 0;
			}
			catch (IllegalStateException ex) {
				System.err.println("Not sealed: " + ex.getMessage());
				return 1;
			}
		}

	}

}
