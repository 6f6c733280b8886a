package org.bluehelmet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import org.bluehelmet.performance.MonthlyReport;
import org.bluehelmet.performance.MonthlyReportService;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.system.NotFoundException;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report monthly --mission ID --month YYYY-MM --out FILE.pdf [--lang fr]}. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Reports made from the stored data.",
		subcommands = { ReportCommand.Monthly.class })
class ReportCommand extends CommandGroup {

	@Command(name = "monthly", mixinStandardHelpOptions = true,
			description = "The monthly mission report as PDF, with the same report as HTML and its annex as CSV "
					+ "beside it (FILE.html, FILE-annex.csv).")
	static class Monthly implements Callable<Integer> {

		@Mixin
		DatabaseOptions database;

		@Option(names = "--mission", required = true, paramLabel = "ID", description = "Mission id, e.g. minusma.")
		String mission;

		@Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month reported on.")
		String month;

		@Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write.")
		Path out;

		@Option(names = "--lang", defaultValue = "en", paramLabel = "en|fr",
				description = "The report's language: en (English, the default) or fr (French).")
		String lang;

		@Spec
		CommandLine.Model.CommandSpec spec;

		@Override
		public Integer call() throws IOException {
			YearMonth m;
			try {
				m = YearMonth.parse(month.trim());
			}
			catch (DateTimeParseException ex) {
				throw new CommandLine.ParameterException(spec.commandLine(),
						"--month must be a month as YYYY-MM, was " + month);
			}
			if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
				throw new CommandLine.ParameterException(spec.commandLine(), "--out must name a .pdf file, was " + out);
			}
			org.bluehelmet.text.Language language = org.bluehelmet.text.Language.of(lang, false)
				.orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
						"--lang must be en (English) or fr (French), was " + lang));
			try (ConfigurableApplicationContext context = ApplicationContexts.offline(database)) {
				MonthlyReportService reports = context.getBean(MonthlyReportService.class);
				System.err.println("Computing the report of " + m + " (incidents, posture, indicators, forecast)…");
				MonthlyReport report;
				try {
					report = reports.build(mission, m, language);
				}
				catch (NotFoundException | InvalidInputException ex) {
					System.err.println(ex.getMessage());
					return 1;
				}
				String base = out.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
				Path html = out.resolveSibling(base + ".html");
				Path csv = out.resolveSibling(base + "-annex.csv");
				System.err.println("Writing the PDF, the HTML and the annex…");
				write(out, reports.pdf(report));
				write(html, reports.html(report).getBytes(StandardCharsets.UTF_8));
				write(csv, reports.annexCsv(report).getBytes(StandardCharsets.UTF_8));
				System.out.println("Wrote " + out + ", " + html + " and " + csv + " (" + report.annex().size()
						+ " figures in the annex).");
				return 0;
			}
		}

		/** Whole or not at all: written beside the target, then moved over it. */
		private static void write(Path target, byte[] bytes) throws IOException {
			Path folder = target.toAbsolutePath().getParent();
			Files.createDirectories(folder);
			Path partial = folder.resolve("." + target.getFileName() + ".part");
			try {
				Files.write(partial, bytes);
				Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(partial);
			}
		}

	}

}
