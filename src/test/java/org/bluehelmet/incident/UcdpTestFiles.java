package org.bluehelmet.incident;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.bluehelmet.DemoPacks;

/**
 * Files in the UCDP GED layout made from the real rows the MINUSMA demo bundles (UCDP
 * GED's events in Mali), changed as a test needs.
 */
final class UcdpTestFiles {

	/** The real UCDP events of the MINUSMA demo, as bundled. */
	static Path realFile() {
		return DemoPacks.file("minusma", "incidents-ucdp.csv");
	}

	private UcdpTestFiles() {
	}

	/** The real rows that pass a test, as column → value, in file order. */
	static List<Map<String, String>> realRows(Predicate<Map<String, String>> which) {
		try (Reader reader = Files.newBufferedReader(realFile());
				CSVParser parser = CSVFormat.RFC4180.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(reader)) {
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				Map<String, String> row = new LinkedHashMap<>(record.toMap());
				if (which.test(row)) {
					rows.add(row);
				}
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The rows as a UCDP CSV file, columns in the order of the first row. */
	static String csv(List<Map<String, String>> rows) {
		StringWriter out = new StringWriter();
		List<String> header = List.copyOf(rows.get(0).keySet());
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (Map<String, String> row : rows) {
				printer.printRecord(header.stream().map(row::get).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** A copy of a row with other values. */
	static Map<String, String> with(Map<String, String> row, String... columnsAndValues) {
		Map<String, String> copy = new LinkedHashMap<>(row);
		for (int i = 0; i < columnsAndValues.length; i += 2) {
			copy.put(columnsAndValues[i], columnsAndValues[i + 1]);
		}
		return copy;
	}

}
