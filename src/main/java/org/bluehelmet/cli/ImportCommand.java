package org.bluehelmet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.bluehelmet.incident.ImportReport;
import org.bluehelmet.incident.IncidentFormat;
import org.bluehelmet.incident.IncidentImport;
import org.bluehelmet.mission.Mission;
import org.bluehelmet.mission.MissionService;
import org.bluehelmet.system.RowProblem;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import incidents --format ucdp FILE [--mission ID] [--skip-bad-rows]}. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import data from files.",
		subcommands = { ImportCommand.Incidents.class, ForceGenerationImportCommand.Requirements.class,
				ForceGenerationImportCommand.Pledges.class, FatalitiesImportCommand.class })
class ImportCommand extends CommandGroup {

	@Command(name = "incidents", mixinStandardHelpOptions = true,
			description = { "Import incidents from a file, all or nothing: a file with a bad row stores nothing "
					+ "(unless --skip-bad-rows). Rows whose source id is already stored are skipped, so importing "
					+ "the same file twice changes nothing.",
					"Exit code: 0 stored, 1 rejected or failed, 2 bad options." })
	static class Incidents implements Callable<Integer> {

		@Mixin
		FileIntoMission into;

		@Option(names = "--format", required = true, paramLabel = "FORMAT",
				description = "Layout of the file: ${COMPLETION-CANDIDATES}.", converter = FormatConverter.class,
				completionCandidates = Formats.class)
		IncidentFormat format;

		@Option(names = "--skip-bad-rows", description = "Store the good rows even when some are bad.")
		boolean skipBadRows;

		@Parameters(paramLabel = "FILE", description = "The file to import.")
		Path file;

		@Override
		public Integer call() throws IOException {
			return into.read(file, (context, reader, missionId) -> {
				PrintStream err = System.err;
				ImportReport report = context.getBean(IncidentImport.class)
					.importFile(missionId, reader, file.getFileName().toString(), format, skipBadRows,
							"cli:" + System.getProperty("user.name"),
							rows -> err.printf(Locale.ROOT, "\r  %,d rows read", rows));
				err.print("\r");
				print(report, System.out);
				return report.status() == ImportReport.Status.STORED ? 0 : 1;
			});
		}

		private static void print(ImportReport report, PrintStream out) {
			out.printf(Locale.ROOT, "%s: %,d rows read: %,d stored, %,d skipped (already stored), %,d rejected%s%n",
					report.fileName(), report.rowsRead(), report.stored(), report.skipped(), report.rejected(),
					report.withheld() == 0 ? "" : String.format(Locale.ROOT,
							", %,d good rows not stored because of the rejected ones", report.withheld()));
			for (RowProblem problem : report.problems()) {
				out.println("  " + problem);
			}
			if (report.moreProblems()) {
				out.printf(Locale.ROOT,
						"  … the first %,d problems are listed; fix them and import again for the rest%n",
						ImportReport.LISTED_PROBLEMS);
			}
			if (report.suspectedDuplicates() > 0) {
				out.printf(Locale.ROOT,
						"%,d stored incidents look like another source's report and are flagged for triage%n",
						report.suspectedDuplicates());
			}
			out.println(report.status() == ImportReport.Status.STORED ? "Stored." : "Rejected: nothing was stored.");
		}

	}

	/** The mission named, or the only one there is. */
	static String missionId(MissionService missions, String mission, CommandLine.Model.CommandSpec spec) {
		if (mission != null) {
			return missions.mission(mission).id();
		}
		List<Mission> all = missions.missions();
		if (all.size() != 1) {
			throw new CommandLine.ParameterException(spec.commandLine(),
					"there are " + all.size() + " missions; name one with --mission");
		}
		return all.get(0).id();
	}

	/** Accepts format names in any case. */
	static class FormatConverter implements CommandLine.ITypeConverter<IncidentFormat> {

		@Override
		public IncidentFormat convert(String value) {
			try {
				return IncidentFormat.valueOf(value.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new CommandLine.TypeConversionException("'" + value + "' is not a format; use one of "
						+ List.of(IncidentFormat.values()).toString().toLowerCase(Locale.ROOT));
			}
		}

	}

	static class Formats implements Iterable<String> {

		@Override
		public java.util.Iterator<String> iterator() {
			return java.util.Arrays.stream(IncidentFormat.values())
				.map(f -> f.name().toLowerCase(Locale.ROOT))
				.iterator();
		}

	}

}
