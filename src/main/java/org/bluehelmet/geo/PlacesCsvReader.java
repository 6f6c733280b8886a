package org.bluehelmet.geo;

import java.io.Reader;
import java.util.List;

import org.bluehelmet.text.Phrase;

/**
 * Reads a mission pack's {@code places.csv}: {@code geonameid, name, feature_code,
 * population, lon, lat}, GeoNames' layout (other columns ignored).
 * <p>
 * Parsing only: no Spring, no database. Every bad row is collected; if any, the whole
 * file is rejected with all of them.
 */
public final class PlacesCsvReader {

	private PlacesCsvReader() {
	}

	public static List<Place> read(Reader source, String fileName) {
		return CsvRecords.readAll(source, fileName, (record, line, header) -> place(record));
	}

	private static Place place(CsvRow record) {
		int geonameid = CsvRecords.requiredInteger(record, "geonameid");
		Integer population = CsvRecords.integer(record, "population");
		if (population != null && population < 0) {
			throw new BadField("population", Phrase.of("row.negative"));
		}
		return new Place(geonameid, CsvRecords.required(record, "name"), CsvRecords.text(record, "feature_code"),
				population == null ? 0 : population, CsvRecords.position(record, "lon", "lat"));
	}

}
