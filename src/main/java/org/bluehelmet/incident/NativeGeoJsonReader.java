package org.bluehelmet.incident;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.bluehelmet.geo.BadField;
import org.bluehelmet.geo.CsvRecords;
import org.bluehelmet.system.RowProblem;
import org.bluehelmet.text.Phrase;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection (RFC 7946) of incidents, the layout
 * {@link IncidentExport} writes: each feature a Point with {@code [lon, lat]} coordinates
 * and properties named as the columns of {@link NativeCsvReader}. Features are read one
 * at a time from a stream, so files of any size are read in constant memory; a bad
 * feature is reported with the line on which it starts.
 * <p>
 * Parsing only: no Spring, no database.
 */
final class NativeGeoJsonReader {

	// Features are read one by one from the middle of the document: what follows each is
	// expected.
	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private NativeGeoJsonReader() {
	}

	public static CsvRecords.Outcome read(Reader source, CsvRecords.RowSink<NewIncident> sink) {
		List<RowProblem> problems = new ArrayList<>();
		long features = 0;
		long bad = 0;
		boolean unreadable = false;
		long line = 1;
		try (JsonParser parser = JSON.createParser(source)) {
			if (parser.nextToken() != JsonToken.START_OBJECT || !findFeatures(parser)) {
				problems.add(new RowProblem(1, null, "not a GeoJSON FeatureCollection with a \"features\" array"));
				return new CsvRecords.Outcome(0, 0, problems, true);
			}
			while (parser.nextToken() == JsonToken.START_OBJECT) {
				line = parser.currentTokenLocation().getLineNr();
				JsonNode feature = JSON.readTree(parser);
				features++;
				NewIncident incident;
				try {
					incident = incident(feature);
				}
				catch (RuntimeException ex) {
					bad++;
					for (RowProblem problem : CsvRecords.problems(line, ex)) {
						if (problems.size() < CsvRecords.MAX_DESCRIBED_PROBLEMS) {
							problems.add(problem);
						}
					}
					continue;
				}
				sink.accept(incident, line);
			}
		}
		catch (JacksonException ex) {
			unreadable = true;
			problems.add(new RowProblem(ex.getLocation() == null ? line : ex.getLocation().getLineNr(), null,
					"the file is not valid JSON from here on: " + ex.getOriginalMessage()));
		}
		return new CsvRecords.Outcome(features, bad, problems, unreadable);
	}

	/** Moves the parser into the top-level "features" array; false when there is none. */
	private static boolean findFeatures(JsonParser parser) {
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if (name.equals("features") && value == JsonToken.START_ARRAY) {
				return true;
			}
			parser.skipChildren();
		}
		return false;
	}

	private static NewIncident incident(JsonNode feature) {
		JsonNode geometry = feature.path("geometry");
		if (!"Point".equals(geometry.path("type").asString(null))) {
			throw new BadField("geometry", Phrase.of("row.point"));
		}
		JsonNode coordinates = geometry.path("coordinates");
		if (!coordinates.isArray() || coordinates.size() < 2 || !coordinates.get(0).isNumber()
				|| !coordinates.get(1).isNumber()) {
			throw new BadField("geometry", Phrase.of("row.pointCoordinates"));
		}
		JsonNode properties = feature.path("properties");
		CsvRecords.Fields fields = name -> switch (name) {
			case "lon" -> coordinates.get(0).asString();
			case "lat" -> coordinates.get(1).asString();
			default -> {
				JsonNode value = properties.get(name);
				yield value == null || value.isNull() ? null : value.asString();
			}
		};
		return NativeCsvReader.incident(fields);
	}

}
