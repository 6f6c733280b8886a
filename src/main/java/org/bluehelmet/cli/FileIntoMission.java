package org.bluehelmet.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bluehelmet.mission.MissionService;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.system.NotFoundException;
import org.bluehelmet.system.RejectedFileException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What the commands that read one file into one mission share, as options mixed into each
 * ({@code --mission} and the database's): an unreadable file is a wrong parameter; the
 * file is read as UTF-8 in an application on the database the options name, into the
 * mission named (or the only one); a file refused whole prints why, every problem, and
 * ends with exit code 1.
 */
final class FileIntoMission {

	@Mixin
	DatabaseOptions database;

	@Option(names = "--mission", paramLabel = "ID", description = "Mission (default: the only one).")
	String mission;

	/** The command this is mixed into, for its errors. */
	@Spec(Spec.Target.MIXEE)
	CommandLine.Model.CommandSpec spec;

	/** The command's own work, given the open file and the mission's id. */
	@FunctionalInterface
	interface Work {

		int run(ConfigurableApplicationContext context, Reader reader, String missionId) throws IOException;

	}

	int read(Path file, Work work) throws IOException {
		if (!Files.isReadable(file)) {
			throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + file);
		}
		try (ConfigurableApplicationContext context = ApplicationContexts.offline(database);
				Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return work.run(context, reader,
					ImportCommand.missionId(context.getBean(MissionService.class), mission, spec));
		}
		catch (RejectedFileException | InvalidInputException | NotFoundException ex) {
			System.err.println("Rejected, nothing stored: " + ex.getMessage());
			if (ex instanceof RejectedFileException rejected) {
				rejected.problems().forEach(problem -> System.err.println("  " + problem));
			}
			return 1;
		}
	}

}
