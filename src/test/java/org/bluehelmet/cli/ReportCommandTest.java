package org.bluehelmet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report monthly}: the December 2020 MINUSMA report from the embedded database
 * with the demo, as PDF with HTML and the CSV annex beside it; errors in words.
 */
class ReportCommandTest {

	@TempDir
	Path folder;

	private final Console console = new Console();

	@Test
	void writesTheMonthlyReportAsPdfHtmlAndAnnex() throws Exception {
		String data = folder.resolve("data").toString();
		Path pdf = folder.resolve("out").resolve("minusma-2020-12.pdf");
		assertThat(console.run("report", "monthly", "--mission", "minusma", "--month", "2020-12", "--out",
				pdf.toString(), "--data-dir", data))
			.as(console.err())
			.isZero();
		assertThat(console.out()).contains("minusma-2020-12.pdf", "minusma-2020-12.html", "minusma-2020-12-annex.csv");
		PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
		assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(4);
		assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("MINUSMA - monthly report, December 2020");
		reader.close();
		assertThat(Files.readString(folder.resolve("out").resolve("minusma-2020-12.html"))).contains("<h1>MINUSMA");
		assertThat(Files.readAllLines(folder.resolve("out").resolve("minusma-2020-12-annex.csv")).get(0))
			.isEqualTo("mission,month,section,figure,value,unit,source");
		// Nothing half-written is left beside them.
		try (var files = Files.list(folder.resolve("out"))) {
			assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
		}

		// The same report in French: its words, months and numbers, and its annex's
		// columns.
		Path french = folder.resolve("fr").resolve("minusma-2020-12.pdf");
		assertThat(console.run("report", "monthly", "--mission", "minusma", "--month", "2020-12", "--out",
				french.toString(), "--data-dir", data, "--lang", "fr"))
			.as(console.err())
			.isZero();
		PdfReader frenchPdf = new PdfReader(Files.readAllBytes(french));
		String firstPage = new PdfTextExtractor(frenchPdf).getTextFromPage(1);
		frenchPdf.close();
		assertThat(firstPage)
			.contains("MINUSMA - rapport mensuel, décembre 2020", "Résumé", "attaques contre des civils",
					"Les incidents du mois et le dispositif")
			.doesNotContain("Summary", "monthly report")
			// thousands grouped with a space the PDF's fonts can print
			.containsPattern("\\(\\d{1,3}[\\u00a0 ]+\\d{3}\\s+militaires");
		String frenchHtml = Files.readString(folder.resolve("fr").resolve("minusma-2020-12.html"));
		assertThat(frenchHtml).contains("<html lang=\"fr\">", "Déficit de protection par secteur", "Indicateurs")
			// a share as French writes it: a decimal comma and a space before %
			.containsPattern("\\d+,\\d[\\u00a0\\u202f ]%");
		assertThat(Files.readAllLines(folder.resolve("fr").resolve("minusma-2020-12-annex.csv")).get(0))
			.isEqualTo("mission,mois,section,chiffre,valeur,unité,source");
		assertThat(console.run("report", "monthly", "--mission", "minusma", "--month", "2020-12", "--out",
				folder.resolve("x.pdf").toString(), "--data-dir", data, "--lang", "sw"))
			.isEqualTo(2);
		assertThat(console.err()).contains("--lang must be en (English) or fr (French)");

		assertThat(console.run("report", "monthly", "--mission", "atlantis", "--month", "2020-12", "--out",
				folder.resolve("x.pdf").toString(), "--data-dir", data))
			.isEqualTo(1);
		assertThat(console.err()).contains("atlantis");
		assertThat(Files.exists(folder.resolve("x.pdf"))).isFalse();
		assertThat(console.run("report", "monthly", "--mission", "minusma", "--month", "December", "--out",
				folder.resolve("x.pdf").toString(), "--data-dir", data))
			.isEqualTo(2);
		assertThat(console.err()).contains("YYYY-MM");
	}

}
