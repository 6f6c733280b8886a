package org.bluehelmet.cli;

import java.util.concurrent.Callable;

import org.bluehelmet.audit.AuditVerification;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code audit verify}: checks the audit log's hash chain. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "The audit log.",
		subcommands = AuditCommand.Verify.class)
class AuditCommand implements Runnable {

	@Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(System.out);
	}

	@Command(name = "verify", mixinStandardHelpOptions = true,
			description = "Check that no entry of the audit log was changed, removed or inserted; exits 1 if one was.")
	static class Verify implements Callable<Integer> {

		@Mixin
		DatabaseOptions database;

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = ApplicationContexts.offline(database)) {
				AuditVerification.Result result = context.getBean(AuditVerification.class).verify();
				if (result.intact()) {
					System.out.printf("The audit log is intact: %,d entries, each linked to the one before.%n",
							result.entriesChecked());
					return 0;
				}
				System.err.printf("The audit log was tampered with: %s. Entries 1 to %,d are intact.%n",
						result.problem(), result.entriesChecked());
				return 1;
			}
		}

	}

}
