package org.bluehelmet.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Makes a large file in the UCDP GED layout by repeating the rows of a real one with new
 * ids (100,000,000 upwards), keeping every other field, multi-line quoted fields
 * included. Written as it goes: only the real rows are held in memory.
 */
final class UcdpBenchmarkFile {

	static final long FIRST_ID = 100_000_000L;

	private UcdpBenchmarkFile() {
	}

	static void write(Path realFile, Path out, long rows) throws IOException {
		List<String> header;
		List<List<String>> real = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(realFile, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.RFC4180.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(reader)) {
			header = parser.getHeaderNames();
			for (CSVRecord record : parser) {
				real.add(record.toList());
			}
		}
		int idColumn = header.indexOf("id");
		if (idColumn < 0 || real.isEmpty()) {
			throw new IOException(realFile + " is not a UCDP GED file with rows");
		}
		try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer,
						CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (long i = 0; i < rows; i++) {
				List<String> row = new ArrayList<>(real.get((int) (i % real.size())));
				row.set(idColumn, String.valueOf(FIRST_ID + i));
				printer.printRecord(row);
			}
		}
	}

}
