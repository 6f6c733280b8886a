package org.bluehelmet.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.bluehelmet.mission.DeploymentMapImport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code deployments import --mission ID FILE}: a mission's later deployment maps. */
@Command(name = "deployments", mixinStandardHelpOptions = true, description = "A mission's deployment maps.",
		subcommands = { DeploymentsCommand.ImportMaps.class })
class DeploymentsCommand extends CommandGroup {

	@Command(name = "import", mixinStandardHelpOptions = true,
			description = "Add a mission's later deployment maps from a Geo-PKO CSV (the layout of a pack's "
					+ "deployments.csv); maps it has already are left as they are.")
	static class ImportMaps implements Callable<Integer> {

		@Mixin
		FileIntoMission into;

		@Parameters(paramLabel = "FILE", description = "The Geo-PKO CSV file.")
		Path file;

		@Override
		public Integer call() throws IOException {
			return into.read(file, (context, reader, missionId) -> {
				DeploymentMapImport.AddedMaps added = context.getBean(DeploymentMapImport.class)
					.importFile(missionId, reader, file.getFileName().toString(), "system");
				System.out.printf("%s: %d map(s) added %s, %d already stored, %d new site(s)%n", file.getFileName(),
						added.mapsAdded().size(), added.mapsAdded(), added.mapsAlreadyStored().size(),
						added.sitesAdded());
				return 0;
			});
		}

	}

}
