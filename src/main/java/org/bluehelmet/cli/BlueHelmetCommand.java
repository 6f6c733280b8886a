package org.bluehelmet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bluehelmet} command; without a subcommand it serves. */
@Command(name = "bluehelmet", mixinStandardHelpOptions = true, version = "Blue Helmet 0.1",
		description = "Planning and situational awareness for UN peace operations.",
		subcommands = { ServeCommand.class, MissionCommand.class, DeploymentsCommand.class, ImportCommand.class,
				AuditCommand.class, MaintenanceCommands.Backup.class, MaintenanceCommands.Restore.class,
				MaintenanceCommands.Check.class, WarningCommands.ForecastCommand.class,
				WarningCommands.BacktestCommand.class, CoverCommand.class, ReportCommand.class, BenchCommand.class })
public class BlueHelmetCommand implements Runnable {

	/**
	 * Runs a command line and returns its exit code; {@code serve} returns only when the
	 * server stops.
	 * @param application the Spring Boot application class whose context commands start
	 * (passed in, so that this package does not depend on the one above it)
	 * @param args the command line
	 */
	public static int execute(Class<?> application, String... args) {
		ApplicationContexts.use(application);
		String[] effective = args.length == 0 ? new String[] { "serve" } : args;
		return new CommandLine(new BlueHelmetCommand()).setExecutionExceptionHandler(BlueHelmetCommand::report)
			.execute(effective);
	}

	/**
	 * A command that failed says why in one line, not with a stack trace: the cause
	 * deepest down is usually the one a user can act on (a port in use, a database that
	 * does not answer).
	 */
	private static int report(Exception ex, CommandLine command, CommandLine.ParseResult parseResult) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		command.getErr().println("bluehelmet: " + (cause.getMessage() == null ? cause : cause.getMessage()));
		return 1;
	}

	@Override
	public void run() {
		new CommandLine(this).usage(System.out);
	}

}
