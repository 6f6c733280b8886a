package org.bluehelmet.geo;

import java.io.Reader;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bluehelmet.text.Phrase;

/**
 * Resolves the many spellings of places and regions to one canonical name. Sources
 * disagree: Geo-PKO writes "Timbuktu" and "Mopti/Sevare", UCDP "Segou region", OCHA
 * "Ségou". A name is matched after folding: accents removed, case ignored, punctuation
 * turned to spaces, and a trailing "region", "région" or "cercle" dropped; so only
 * spellings that differ in letters need an alias.
 * <p>
 * Immutable and thread-safe once built.
 */
public final class Gazetteer {

	private final Map<PlaceKind, Map<String, GazetteerEntry>> byFoldedName = new EnumMap<>(PlaceKind.class);

	private final List<GazetteerEntry> entries;

	public Gazetteer(List<GazetteerEntry> entries) {
		this.entries = List.copyOf(entries);
		for (PlaceKind kind : PlaceKind.values()) {
			byFoldedName.put(kind, new HashMap<>());
		}
		for (GazetteerEntry entry : entries) {
			Map<String, GazetteerEntry> names = byFoldedName.get(entry.kind());
			names.put(fold(entry.name()), entry);
			entry.aliases().forEach(alias -> names.put(fold(alias), entry));
		}
	}

	/**
	 * Reads a gazetteer from CSV with the columns {@code kind} (REGION or PLACE),
	 * {@code name}, {@code aliases} (separated by {@code |}), {@code lon}, {@code lat}
	 * (empty for regions).
	 */
	public static Gazetteer read(Reader source, String fileName) {
		return new Gazetteer(CsvRecords.readAll(source, fileName, (record, line, header) -> entry(record)));
	}

	private static GazetteerEntry entry(CsvRow record) {
		PlaceKind kind = kind(CsvRecords.required(record, "kind"));
		String aliases = CsvRecords.text(record, "aliases");
		Double lon = CsvRecords.decimal(record, "lon");
		Double lat = CsvRecords.decimal(record, "lat");
		Position position = (lon == null || lat == null) ? null : new Position(lon, lat);
		return new GazetteerEntry(kind, CsvRecords.required(record, "name"),
				aliases == null ? List.of() : Arrays.stream(aliases.split("\\|")).map(String::trim).toList(), position);
	}

	private static PlaceKind kind(String text) {
		try {
			return PlaceKind.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadField("kind", Phrase.of("row.gazetteerKind", "value", Phrase.verbatim(text)));
		}
	}

	/** The entry a spelling stands for, if the gazetteer knows it. */
	public Optional<GazetteerEntry> find(PlaceKind kind, String spelling) {
		if (spelling == null || spelling.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(byFoldedName.get(kind).get(fold(spelling)));
	}

	/**
	 * The canonical name of a spelling, or the spelling itself, trimmed, when the
	 * gazetteer does not know it.
	 */
	public String canonical(PlaceKind kind, String spelling) {
		return find(kind, spelling).map(GazetteerEntry::name).orElse(spelling == null ? null : spelling.trim());
	}

	public List<GazetteerEntry> entries() {
		return entries;
	}

	/** The form in which spellings are compared. */
	public static String fold(String spelling) {
		String plain = Normalizer.normalize(spelling, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String words = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
		return words.replaceAll("\\s+(region|cercle)$", "").replaceAll("^(region|cercle)( de| du| of)?\\s+", "");
	}

}
