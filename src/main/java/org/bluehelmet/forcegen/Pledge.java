package org.bluehelmet.forcegen;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;

/**
 * A member state's offer of a unit (or several states', for a smart pledge), and how far
 * it has come.
 *
 * @param id its number in Blue Helmet
 * @param missionId the mission it is for
 * @param reference the pledge's own reference (the key of imports)
 * @param countries the pledging member states
 * @param capability what the unit does
 * @param personnel how many people
 * @param women of whom women
 * @param equipment key equipment, as text (e.g. "8 APCs, 2 Mi-17")
 * @param readiness its PCRS level
 * @param caveats what the unit will not do (e.g. "no night operations")
 * @param stage the latest step reached
 * @param reached when each step was reached; holds at least {@code stage}
 * @param sector where the unit serves or is to serve, or {@code null}
 * @param requirementId the requirement it answers, or {@code null}
 */
public record Pledge(long id, String missionId, String reference, List<String> countries, Capability capability,
		int personnel, int women, String equipment, ReadinessLevel readiness, List<String> caveats, PledgeStage stage,
		Map<PledgeStage, LocalDate> reached, String sector, Long requirementId) {

	public Pledge {
		if (reference == null || reference.isBlank() || capability == null || readiness == null || stage == null) {
			throw new InvalidInputException(
					reference == null || reference.isBlank() ? "reference"
							: capability == null ? "capability" : readiness == null ? "readiness" : "stage",
					Phrase.of("problem.required"));
		}
		countries = List.copyOf(countries);
		caveats = List.copyOf(caveats);
		reached = reached.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(reached));
		if (countries.isEmpty()) {
			throw new InvalidInputException("countries", Phrase.of("problem.pledge.countries"));
		}
		if (personnel < 0 || women < 0 || women > personnel) {
			throw new InvalidInputException("women",
					Phrase.of("problem.pledge.women", "women", women, "personnel", personnel));
		}
		if (!reached.containsKey(stage)) {
			throw new InvalidInputException("reached",
					Phrase.of("problem.pledge.reached", "stage", Phrase.of("stage." + stage)));
		}
	}

	/** The day the latest step was reached. */
	public LocalDate stageReachedOn() {
		return reached.get(stage);
	}

}
