package org.bluehelmet.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.bluehelmet.casualty.FatalityImport;
import org.bluehelmet.casualty.FatalityService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code import fatalities FILE [--mission ID]}: the mission's rows of the UN's record.
 */
@Command(name = "fatalities", mixinStandardHelpOptions = true,
		description = { "Import the mission's peacekeeper fatalities from the UN's record (a CSV in the UN's layout: "
				+ "incident_date, casualty_id, mission_acronym, type_of_incident…). Rows of other missions are left "
				+ "out; a casualty id already stored is skipped, so importing the record again stores nothing new. "
				+ "All or nothing: a file with a bad row stores nothing.",
				"Exit code: 0 stored, 1 rejected, 2 bad options." })
class FatalitiesImportCommand implements Callable<Integer> {

	@Mixin
	FileIntoMission into;

	@Parameters(paramLabel = "FILE", description = "The CSV file.")
	Path file;

	@Override
	public Integer call() throws IOException {
		return into.read(file, (context, reader, missionId) -> {
			FatalityImport report = context.getBean(FatalityService.class)
				.importFile(missionId, reader, file.getFileName().toString(), "cli:" + System.getProperty("user.name"));
			System.out.printf(Locale.ROOT,
					"%s: %,d rows read: %,d of %s stored, %,d already stored, %,d of other missions left out%n",
					report.fileName(), report.rowsRead(), report.stored(), missionId, report.skipped(),
					report.otherMissions());
			return 0;
		});
	}

}
