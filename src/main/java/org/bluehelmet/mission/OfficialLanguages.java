package org.bluehelmet.mission;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bluehelmet.geo.CsvRecords;

/**
 * The official languages of troop- and police-contributing countries (from their
 * constitutions), bundled as {@code mission/official-languages.csv}. Where a source does
 * not record a unit's working language, it is taken from its country: French where French
 * is an official language (what matters for a francophone mission such as MINUSMA),
 * otherwise the first official language. A proxy, to be replaced by what a unit's
 * statement of requirements says.
 * <p>
 * Immutable and thread-safe.
 */
final class OfficialLanguages {

	static final String FRENCH = "French";

	private final Map<String, List<String>> byCountry = new HashMap<>();

	private OfficialLanguages(List<Row> rows) {
		for (Row row : rows) {
			byCountry.put(key(row.country()), row.languages());
			row.aliases().forEach(alias -> byCountry.put(key(alias), row.languages()));
		}
	}

	private record Row(String country, List<String> aliases, List<String> languages) {
	}

	static OfficialLanguages bundled() {
		try (Reader csv = new InputStreamReader(
				OfficialLanguages.class.getResourceAsStream("/mission/official-languages.csv"),
				StandardCharsets.UTF_8)) {
			return new OfficialLanguages(CsvRecords.readAll(csv, "official-languages.csv",
					(record, line, header) -> new Row(CsvRecords.required(record, "country"),
							list(CsvRecords.text(record, "aliases")), list(CsvRecords.required(record, "languages")))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The working language to assume for a unit of the country, if the country is known.
	 */
	Optional<String> workingLanguageOf(String country) {
		List<String> languages = country == null ? null : byCountry.get(key(country));
		if (languages == null || languages.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(languages.contains(FRENCH) ? FRENCH : languages.get(0));
	}

	private static List<String> list(String joined) {
		return joined == null ? List.of() : Arrays.stream(joined.split("\\|")).map(String::trim).toList();
	}

	private static String key(String country) {
		return country.trim().toLowerCase(Locale.ROOT);
	}

}
