package org.bluehelmet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bluehelmet.DemoPacks;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bluehelmet import incidents} as a user types it, on a fresh embedded database.
 */
class ImportCommandTest {

	@TempDir
	Path folder;

	final Console console = new Console();

	@Test
	void importingTheDemosOwnFileAgainStoresNothing() {
		int exit = console.run("import", "incidents", "--mission", "minusma", "--format", "ucdp",
				DemoPacks.file("minusma", "incidents-ucdp.csv").toString(), "--data-dir", data());
		assertThat(exit).as(console.err()).isZero();
		String all = DemoPacks.inEnglish(DemoPacks.incidents("minusma"));
		assertThat(console.out())
			.contains(all + " rows read: 0 stored, " + all + " skipped (already stored), 0 rejected", "Stored.");
	}

	@Test
	void aFileWithABadRowStoresNothingAndNamesTheLine() throws IOException {
		Path file = folder.resolve("bad.csv");
		List<String> lines = Files.readAllLines(DemoPacks.file("minusma", "incidents-ucdp.csv")).subList(0, 3);
		// The second data row (line 3) gets an id of its own, a type of violence UCDP
		// does not have and a day that does not exist: both are named.
		Files.write(file,
				List.of(lines.get(0), lines.get(1).replaceFirst("^11865,", "cli-1,"),
						lines.get(2)
							.replaceFirst("^12993,", "cli-2,")
							.replaceFirst(",1,372,372,", ",7,372,372,")
							.replace(",1,1,1990-06-28 00:00:00.000,", ",1,1,1990-13-45,")));
		int exit = console.run("import", "incidents", "--mission", "minusma", "--format", "UCDP", file.toString(),
				"--data-dir", data());
		assertThat(exit).isEqualTo(1);
		assertThat(console.out()).contains(
				"bad.csv: 2 rows read: 0 stored, 0 skipped (already stored), 1 rejected, "
						+ "1 good rows not stored because of the rejected ones",
				"line 3, type_of_violence: type_of_violence must be 1, 2 or 3, was 7",
				"line 3, date_start: '1990-13-45' is not a date", "Rejected: nothing was stored.");

		exit = console.run("import", "incidents", "--mission", "minusma", "--format", "ucdp", "--skip-bad-rows",
				file.toString(), "--data-dir", data());
		assertThat(exit).isZero();
		assertThat(console.out()).contains("1 stored", "1 rejected", "Stored.");
	}

	@Test
	void importsTheUnRecordOfFatalitiesKeepingOnlyTheMissionsRowsOnce() {
		int exit = console.run("import", "fatalities", "--mission", "minusca",
				TestDatabases.sharedData("un_peacekeeping_fatalities.csv").toString(), "--data-dir", data());
		assertThat(exit).as(console.err() + console.out()).isZero();
		// MINUSCA's 208 rows came with its demo pack.
		assertThat(console.out()).contains(
				"4,429 rows read: 0 of minusca stored, 208 already stored, " + "4,221 of other missions left out");
	}

	@Test
	void saysSoWhenAFileIsNotUtf8() throws IOException {
		Path file = folder.resolve("latin1.csv");
		Files.write(file, "id,year\n1,Ségou\n".getBytes(StandardCharsets.ISO_8859_1));
		int exit = console.run("import", "incidents", "--mission", "minusma", "--format", "ucdp", file.toString(),
				"--data-dir", data());
		assertThat(exit).isEqualTo(1);
		assertThat(console.out()).contains("not UTF-8 text", "Rejected: nothing was stored.");
	}

	@Test
	void refusesAnUnknownFormat() {
		int exit = console.run("import", "incidents", "--mission", "minusma", "--format", "excel", "x.csv",
				"--data-dir", data());
		assertThat(exit).isEqualTo(2);
		assertThat(console.err()).contains("'excel' is not a format");
	}

	private String data() {
		return folder.resolve("data").toString();
	}

}
