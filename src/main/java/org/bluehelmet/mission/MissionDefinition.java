package org.bluehelmet.mission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.bluehelmet.system.InvalidInputException;

/**
 * What a mission is, as a JSON file describes it: the mission, its ceilings over time,
 * its sectors by region, and the sources of its data.
 *
 * @param mission the mission
 * @param ceilings authorised strengths, each with its resolution
 * @param sectors sectors, in the order they are shown
 * @param sources third-party data sets to cite
 * @param proposals proposals to change its strength (optional)
 * @param roads how fast the force moves by road in its area (optional)
 */
record MissionDefinition(Mission mission, List<Ceiling> ceilings, List<Sector> sectors, List<SourceCitation> sources,
		List<Proposal> proposals, RoadAssumptions roads) {

	public MissionDefinition {
		if (mission == null) {
			throw new InvalidInputException("mission", "a mission definition needs a mission");
		}
		ceilings = ceilings == null ? List.of() : List.copyOf(ceilings);
		sectors = sectors == null ? List.of() : List.copyOf(sectors);
		sources = sources == null ? List.of() : List.copyOf(sources);
		proposals = proposals == null ? List.of() : List.copyOf(proposals);
		if (sectors.isEmpty()) {
			throw new InvalidInputException("sectors", "a mission definition needs at least one sector");
		}
	}

	public static MissionDefinition read(InputStream json) {
		try (json) {
			return JsonMapper.builder().findAndAddModules().build().readValue(json, MissionDefinition.class);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("definition",
					"mission definition is not valid: " + ex.getOriginalMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
