package org.bluehelmet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.bluehelmet.DemoPacks;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forecast} and {@code backtest} on the real Mali files. */
class WarningCommandsTest {

	@TempDir
	Path folder;

	private final Console console = new Console();

	private final String events = DemoPacks.file("minusma", "incidents-ucdp.csv").toString();

	private final String cells = DemoPacks.file("minusma", "cells.csv").toString();

	@Test
	void writesSamplesForEveryCellOfMaliAndEveryMonthAfterTheOrigin() throws Exception {
		Path out = folder.resolve("forecast.csv");
		assertThat(console.run("forecast", "--events", events, "--cells", cells, "--origin", "2019-12", "--horizon",
				"12", "--samples", "50", "--target", "civilian-attacks", "--out", out.toString()))
			.as(console.err())
			.isZero();
		List<String> lines = Files.readAllLines(out);
		assertThat(lines.get(0)).startsWith("gid,month,p_any,mean,s1,s2,").endsWith(",s50");
		long cellsInMali = Files.readAllLines(Path.of(cells)).stream().filter(l -> l.contains(",true,")).count();
		assertThat(lines).hasSize((int) (1 + cellsInMali * 12));
		assertThat(lines.get(1)).matches("\\d+,2020-01,[01]\\.\\d{4},\\d+\\.\\d{4}(,\\d+){50}");
	}

	@Test
	void poolsSeveralCountriesAndGivesTheSameFileForTheSameSeed() throws Exception {
		// The Central African Republic's cells (flag column centre_in_country), learning
		// from Mali's and Burkina Faso's events and cells too.
		String car = TestDatabases.sharedData("minusca/priogrid_central_african_republic.csv").toString();
		List<String> args = List.of("forecast", "--events", DemoPacks.file("minusca", "incidents-ucdp.csv").toString(),
				"--events", events, "--events",
				TestDatabases.sharedData("ucdp_ged_burkina_faso_2016_2021.csv").toString(), "--cells", car,
				"--context-cells", cells, "--origin", "2018-12", "--horizon", "3", "--samples", "40", "--target",
				"fatalities", "--model", "learned", "--seed", "7", "--max-training-rows", "150000");
		Path[] out = { folder.resolve("one.csv"), folder.resolve("two.csv"), folder.resolve("three.csv") };
		for (int run = 0; run < 3; run++) {
			List<String> withOut = new java.util.ArrayList<>(args);
			withOut.addAll(List.of("--out", out[run].toString()));
			if (run == 2) {
				withOut.set(withOut.indexOf("7"), "8");
			}
			assertThat(console.run(withOut.toArray(String[]::new))).as(console.err()).isZero();
		}
		// The second run takes the models the first trained (TrainedBoosters); that
		// training them again gives the same models is TrainedBoostersTest's.
		assertThat(Files.readAllBytes(out[1])).isEqualTo(Files.readAllBytes(out[0]));
		assertThat(Files.readAllBytes(out[2])).isNotEqualTo(Files.readAllBytes(out[0]));
		long cellsInCar = Files.readAllLines(Path.of(car)).stream().filter(l -> l.contains(",true,")).count();
		List<String> lines = Files.readAllLines(out[0]);
		assertThat(lines).hasSize((int) (1 + cellsInCar * 3));
		assertThat(console.out()).contains("boosted hurdle");
	}

	@Test
	void neverUsesEventsAfterTheOrigin() throws Exception {
		// The same forecast from a file cut at the origin and from the whole file.
		Path cut = folder.resolve("cut.csv");
		try (Reader reader = Files.newBufferedReader(Path.of(events));
				CSVParser parser = CSVFormat.RFC4180.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(reader);
				CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(cut), CSVFormat.RFC4180)) {
			printer.printRecord(parser.getHeaderNames());
			for (CSVRecord record : parser) {
				if (record.get("date_start").compareTo("2019-01-01") < 0) {
					printer.printRecord(record.toList());
				}
			}
		}
		Path fromCut = folder.resolve("a.csv");
		Path fromAll = folder.resolve("b.csv");
		for (Path[] run : new Path[][] { { cut, fromCut }, { Path.of(events), fromAll } }) {
			assertThat(console.run("forecast", "--events", run[0].toString(), "--cells", cells, "--origin", "2018-12",
					"--samples", "20", "--target", "fatalities", "--out", run[1].toString()))
				.as(console.err())
				.isZero();
		}
		assertThat(Files.readAllLines(fromAll)).isEqualTo(Files.readAllLines(fromCut));
	}

	@Test
	void scoresTheBaselinesOnThreeOriginsAndWritesTheTable() throws Exception {
		Path out = folder.resolve("backtest.csv");
		assertThat(console.run("backtest", "--events", events, "--cells", cells, "--origins", "2018-12,2019-12,2020-12",
				"--horizon", "12", "--samples", "100", "--target", "civilian-attacks", "--max-training-rows", "150000",
				"--out", out.toString()))
			.as(console.err())
			.isZero();
		List<String> lines = Files.readAllLines(out);
		assertThat(lines.get(0)).isEqualTo("model,horizon,crps,brier,average_precision,log_score,cases");
		assertThat(lines).hasSize(1 + 5 * 13);
		assertThat(console.out()).contains("conflictology", "bootstrap", "zero", "last value", "boosted hurdle");
		// Conflictology ranks the cells with a history of attacks first: far better than
		// chance.
		String conflictology = lines.stream().filter(l -> l.startsWith("conflictology,all,")).findFirst().orElseThrow();
		String zero = lines.stream().filter(l -> l.startsWith("zero,all,")).findFirst().orElseThrow();
		assertThat(Double.parseDouble(conflictology.split(",")[4]))
			.isGreaterThan(5 * Double.parseDouble(zero.split(",")[4]));
		// The learned model ranks the cells far better than chance; its skill against
		// each
		// baseline comes with a 90% interval around it, per origin and over all; its
		// calibration puts every case in one of ten groups.
		double learnedAp = Double.parseDouble(lines.stream()
			.filter(l -> l.startsWith("boosted hurdle,all,"))
			.findFirst()
			.orElseThrow()
			.split(",")[4]);
		assertThat(learnedAp).isGreaterThan(5 * Double.parseDouble(zero.split(",")[4]));
		java.util.regex.Matcher skill = java.util.regex.Pattern.compile(
				"(all|20\\d\\d-12)\\s+(conflictology|best \\(\\S+( value)?\\))\\s+([\\d.]+) \\[\\s*([\\d.]+),\\s*([\\d.]+)\\]")
			.matcher(console.out());
		int found = 0;
		while (skill.find()) {
			found++;
			double ratio = Double.parseDouble(skill.group(4));
			assertThat(ratio).as(skill.group())
				.isBetween(Double.parseDouble(skill.group(5)), Double.parseDouble(skill.group(6)));
		}
		assertThat(found).isEqualTo(8);
		java.util.regex.Matcher decile = java.util.regex.Pattern.compile("(?m)^(\\d+)\\s+[\\d.]+\\s+[\\d.]+\\s+(\\d+)$")
			.matcher(console.out());
		int cases = 0;
		while (decile.find()) {
			cases += Integer.parseInt(decile.group(2));
		}
		assertThat(cases).isEqualTo(15_300);
		assertThat(console.run("backtest", "--events", events, "--cells", cells, "--origins", "2021-06", "--target",
				"fatalities", "--out", out.toString()))
			.isNotZero();
		assertThat(console.run("forecast", "--events", events, "--cells", cells, "--origin", "2019-12", "--target",
				"fatalities", "--model", "learned", "--max-training-rows", "10", "--out", out.toString()))
			.isNotZero();
		assertThat(console.err()).contains("--max-training-rows must be at least 1000");
	}

}
