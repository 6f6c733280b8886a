package org.bluehelmet.mission;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;

/**
 * How fast the force moves by road in a mission's area, as the mission's planners judge
 * it; the posture planner starts from these (and a scenario may change them). Any value
 * left out takes the planner's default.
 *
 * @param convoyKmh a convoy's average speed on the area's roads and tracks
 * @param detourFactor road distance over straight-line distance (1 or more)
 * @param remotenessHours travel time to a city (PRIO-GRID's {@code ttime}) at which speed
 * halves
 * @param source where the judgement comes from
 */
public record RoadAssumptions(Double convoyKmh, Double detourFactor, Double remotenessHours, String source) {

	public RoadAssumptions {
		if ((convoyKmh != null && !(convoyKmh > 0 && convoyKmh <= 200))
				|| (detourFactor != null && !(detourFactor >= 1 && detourFactor <= 5))
				|| (remotenessHours != null && !(remotenessHours > 0 && remotenessHours <= 240))) {
			throw new InvalidInputException("roads", Phrase.of("problem.roads"));
		}
	}

}
