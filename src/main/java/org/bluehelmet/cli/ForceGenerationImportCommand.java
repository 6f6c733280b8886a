package org.bluehelmet.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.bluehelmet.forcegen.ForceGenerationService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code import requirements FILE} and {@code import pledges FILE}: force generation's
 * CSV layouts (documented in {@code ForceGenerationCsv}), all or nothing, skipping
 * references already stored.
 */
final class ForceGenerationImportCommand {

	private ForceGenerationImportCommand() {
	}

	/** What both commands share: the file, the mission, the database. */
	abstract static class CsvImport implements Callable<Integer> {

		@Mixin
		FileIntoMission into;

		@Parameters(paramLabel = "FILE", description = "The CSV file.")
		Path file;

		abstract ForceGenerationService.ImportCounts load(ForceGenerationService service, String missionId,
				Reader reader, String fileName);

		@Override
		public Integer call() throws IOException {
			return into.read(file, (context, reader, missionId) -> {
				ForceGenerationService.ImportCounts counts = load(context.getBean(ForceGenerationService.class),
						missionId, reader, file.getFileName().toString());
				System.out.printf("%s: %d stored, %d skipped (already stored)%n", file.getFileName(), counts.stored(),
						counts.skipped());
				return 0;
			});
		}

	}

	@Command(name = "requirements", mixinStandardHelpOptions = true,
			description = "Import a mission's requirements from CSV.")
	static class Requirements extends CsvImport {

		@Override
		ForceGenerationService.ImportCounts load(ForceGenerationService service, String missionId, Reader reader,
				String fileName) {
			return service.importRequirements(missionId, reader, fileName, MaintenanceCommands.operator());
		}

	}

	@Command(name = "pledges", mixinStandardHelpOptions = true,
			description = "Import pledges and the steps they reached from CSV.")
	static class Pledges extends CsvImport {

		@Override
		ForceGenerationService.ImportCounts load(ForceGenerationService service, String missionId, Reader reader,
				String fileName) {
			return service.importPledges(missionId, reader, fileName, MaintenanceCommands.operator());
		}

	}

}
