package org.bluehelmet.cli;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bluehelmet} command; without a subcommand it serves. */
@Command(name = "bluehelmet", mixinStandardHelpOptions = true, version = "Blue Helmet 0.1",
		description = "Planning and situational awareness for UN peace operations.",
		subcommands = { ServeCommand.class, MissionCommand.class, DeploymentsCommand.class, ImportCommand.class,
				AuditCommand.class, MaintenanceCommands.Backup.class, MaintenanceCommands.Restore.class,
				MaintenanceCommands.Check.class, WarningCommands.ForecastCommand.class,
				WarningCommands.BacktestCommand.class, ReportCommand.class })
public class BlueHelmetCommand implements Runnable {

	/**
	 * Runs a command line and returns its exit code; {@code serve} returns only when the
	 * server stops.
	 * @param application the Spring Boot application class whose context commands start
	 * (passed in, so that this package does not depend on the one above it)
	 * @param moreCommands commands added to the product's by a jar that builds on it (the
	 * tools module's {@code bench} and {@code cover}); empty for the product itself
	 * @param args the command line
	 */
	public static int execute(Class<?> application, List<Object> moreCommands, String... args) {
		ApplicationContexts.use(application);
		String[] effective = args.length == 0 ? new String[] { "serve" } : args;
		CommandLine commandLine = new CommandLine(new BlueHelmetCommand());
		moreCommands.forEach(commandLine::addSubcommand);
		return commandLine.setExecutionExceptionHandler(BlueHelmetCommand::report).execute(effective);
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
