package org.bluehelmet.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bluehelmet.mission.Mission;
import org.bluehelmet.mission.MissionPack;
import org.bluehelmet.mission.MissionPackImport;
import org.bluehelmet.mission.MissionPackReader;
import org.bluehelmet.mission.MissionService;
import org.bluehelmet.mission.SectorSummary;
import org.bluehelmet.mission.SiteSnapshot;
import org.bluehelmet.system.ConflictException;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.system.NotFoundException;
import org.bluehelmet.system.RejectedFilesException;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mission list}, {@code mission show ID --at YYYY-MM} and
 * {@code mission import PACK}.
 */
@Command(name = "mission", mixinStandardHelpOptions = true, description = "Missions and their deployments.",
		subcommands = { MissionCommand.ListMissions.class, MissionCommand.ShowMission.class,
				MissionCommand.ImportMission.class, MissionCommand.ExportMission.class })
class MissionCommand extends CommandGroup {

	@Command(name = "list", mixinStandardHelpOptions = true, description = "List the missions.")
	static class ListMissions implements Callable<Integer> {

		@Mixin
		DatabaseOptions database;

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = ApplicationContexts.offline(database)) {
				PrintStream out = System.out;
				out.printf("%-12s %-10s %-12s %s%n", "ID", "NAME", "HOST", "MANDATE");
				for (Mission mission : context.getBean(MissionService.class).missions()) {
					out.printf("%-12s %-10s %-12s %s to %s%n", mission.id(), mission.name(), mission.hostCountry(),
							mission.mandateStart(), mission.mandateEnd() == null ? "today" : mission.mandateEnd());
				}
				return 0;
			}
		}

	}

	@Command(name = "show", mixinStandardHelpOptions = true,
			description = "Show a mission's ceiling, sectors and sites as the deployment map of a month shows them.")
	static class ShowMission implements Callable<Integer> {

		@Mixin
		DatabaseOptions database;

		@Parameters(paramLabel = "ID", description = "Mission id, e.g. minusma.")
		String id;

		@Option(names = "--at", paramLabel = "YYYY-MM", description = "Month (default: the latest deployment map).")
		String at;

		@Spec
		CommandLine.Model.CommandSpec spec;

		@Override
		public Integer call() {
			YearMonth month;
			try {
				month = at == null ? null : YearMonth.parse(at);
			}
			catch (DateTimeParseException ex) {
				throw new CommandLine.ParameterException(spec.commandLine(),
						"--at must be a month as YYYY-MM, was " + at);
			}
			try (ConfigurableApplicationContext context = ApplicationContexts.offline(database)) {
				MissionService missions = context.getBean(MissionService.class);
				try {
					print(missions, month, System.out);
					return 0;
				}
				catch (NotFoundException ex) {
					System.err.println(ex.getMessage());
					return 1;
				}
			}
		}

		private void print(MissionService missions, YearMonth month, PrintStream out) {
			Mission mission = missions.mission(id);
			out.printf("%s — %s (%s)%n", mission.name(), mission.fullName(), mission.hostCountry());
			var map = missions.deploymentMapAt(id, month);
			if (map.isEmpty()) {
				out.println("No deployment map in or before " + month + ".");
				return;
			}
			out.printf("As of %s (%s)%n", map.get().month(), map.get().source());
			missions.ceilingOn(id, map.get().month().atEndOfMonth())
				.ifPresent(c -> out.printf("Ceiling: %,d troops, %,d police (%s)%n", c.troops(), c.police(),
						c.resolution()));
			out.println();
			out.printf("%-8s %6s %8s %7s%n", "SECTOR", "SITES", "TROOPS", "SHARE");
			List<SectorSummary> summary = missions.sectorSummary(id, month);
			for (SectorSummary row : summary) {
				out.printf(Locale.ROOT, "%-8s %6d %8d %6.1f%%%n", row.sector(), row.sites(), row.troops(),
						100 * row.troopShare());
			}
			out.printf("%-8s %6d %8d%n", "Total", summary.stream().mapToInt(SectorSummary::sites).sum(),
					summary.stream().mapToInt(SectorSummary::troops).sum());
			out.println();
			out.printf("%-22s %-7s %-10s %7s  %s%n", "SITE", "SECTOR", "KIND", "TROOPS", "COUNTRIES");
			for (SiteSnapshot site : missions.sitesAt(id, month)) {
				out.printf("%-22s %-7s %-10s %7s  %s%n", site.site().name(), site.site().sector(), site.site().kind(),
						site.troops() == null ? "?" : site.troops(), String.join(", ", site.countries()));
			}
		}

	}

	@Command(name = "import", mixinStandardHelpOptions = true,
			description = "Import a mission from a mission pack (a folder or a .zip; see README): all or nothing.")
	static class ImportMission implements Callable<Integer> {

		@Parameters(paramLabel = "PACK", description = "The pack: a folder or a .zip file.")
		Path pack;

		@Mixin
		DatabaseOptions database;

		@Override
		public Integer call() {
			MissionPack read;
			try {
				// Checked whole before the database is opened: a bad pack changes
				// nothing.
				read = MissionPackReader.read(pack);
			}
			catch (RejectedFilesException ex) {
				System.err.println("The pack was refused; nothing was stored. Problems:");
				ex.problems().forEach(problem -> System.err.println("  " + problem));
				return 1;
			}
			catch (InvalidInputException ex) {
				System.err.println("The pack was refused: " + ex.getMessage());
				return 1;
			}
			// Into an empty database, only the pack: no demo mission beside it.
			try (ConfigurableApplicationContext context = ApplicationContexts.offline(database,
					Map.of("bluehelmet.mission.load-demo", "false"))) {
				MissionPackImport.ImportedMission imported = context.getBean(MissionPackImport.class)
					.importPack(read, "system");
				System.out.printf("Imported %s (%s): %,d cells, %,d places, %,d sites, %,d deployment maps.%n",
						imported.name(), imported.missionId(), imported.cells(), imported.places(), imported.sites(),
						imported.deploymentMaps());
				return 0;
			}
			catch (ConflictException ex) {
				System.err.println("Not imported: " + ex.getMessage());
				return 1;
			}
		}

	}

	@Command(name = "export", mixinStandardHelpOptions = true,
			description = "Write a mission as a mission pack (.zip) that imports into another Blue Helmet.")
	static class ExportMission implements Callable<Integer> {

		@Parameters(paramLabel = "ID", description = "Mission id, e.g. minusma.")
		String id;

		@Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "The zip to write.")
		Path out;

		@Mixin
		DatabaseOptions database;

		@Override
		public Integer call() throws java.io.IOException {
			try (ConfigurableApplicationContext context = ApplicationContexts.offline(database)) {
				Path partial = out.resolveSibling(out.getFileName() + ".part");
				try (java.io.OutputStream zip = java.nio.file.Files.newOutputStream(partial)) {
					List<String> files = context.getBean(org.bluehelmet.mission.MissionPackExport.class)
						.export(id, zip, "system");
					zip.close();
					// Renamed once whole: a failed export leaves no half-written pack.
					java.nio.file.Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
					System.out.printf("Wrote %s: %s%n", out, String.join(", ", files));
					return 0;
				}
				catch (NotFoundException ex) {
					System.err.println(ex.getMessage());
					return 1;
				}
				finally {
					java.nio.file.Files.deleteIfExists(partial);
				}
			}
		}

	}

}
