package org.bluehelmet;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * The demo missions' files as the product bundles them ({@code demo/<mission>/}), and
 * figures counted from them: a test that follows the data rather than a copy of its
 * numbers still holds when a pack is brought up to date, and needs no {@code ../shared}
 * for what the product carries itself.
 */
public final class DemoPacks {

	private static final Map<String, Path> FILES = new ConcurrentHashMap<>();

	/** Counted once a run: the packs do not change while the tests read them. */
	private static final Map<String, Integer> INCIDENTS = new ConcurrentHashMap<>();

	private DemoPacks() {
	}

	/**
	 * A file of a demo mission's pack ({@code ("minusma", "incidents-ucdp.csv")}), as a
	 * path: the file itself when the product's classes are a folder, else a copy taken
	 * out of its jar once.
	 */
	public static Path file(String mission, String name) {
		return FILES.computeIfAbsent(mission + "/" + name, DemoPacks::locate);
	}

	/** The UCDP events in a demo mission's pack: the records of its events file. */
	public static int incidents(String mission) {
		return INCIDENTS.computeIfAbsent(mission, m -> records(file(m, "incidents-ucdp.csv")));
	}

	/** A count as the English pages and commands write it ({@code 1,393}). */
	public static String inEnglish(long count) {
		return String.format(Locale.ENGLISH, "%,d", count);
	}

	/** The records of a CSV file with a header (a quoted field may span lines). */
	public static int records(Path csv) {
		try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
			return parser.getRecords().size();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path locate(String file) {
		URL url = DemoPacks.class.getClassLoader().getResource("demo/" + file);
		if (url == null) {
			throw new IllegalArgumentException("no demo file " + file);
		}
		try {
			if (url.getProtocol().equals("file")) {
				return Path.of(url.toURI());
			}
			Path copy = Files.createTempFile("demo-", "-" + file.replace('/', '-'));
			copy.toFile().deleteOnExit();
			try (InputStream in = url.openStream()) {
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			}
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
