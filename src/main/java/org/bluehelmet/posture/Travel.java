package org.bluehelmet.posture;

import org.bluehelmet.geo.GridCell;
import org.bluehelmet.geo.Position;
import org.bluehelmet.mission.RoadAssumptions;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;

/**
 * Road travel, approximated where no road network is at hand: road distance is the
 * straight line times a detour factor, driven at a convoy's speed, and slowed in remote
 * cells in proportion to PRIO-GRID's travel time to the nearest city ({@code ttime}), so
 * a cell {@code remotenessHours} from a city is reached at half speed. All three are the
 * planner's stated, editable assumptions.
 *
 * @param convoyKmh a convoy's average speed on the area's roads and tracks
 * @param detourFactor road distance over straight-line distance
 * @param remotenessHours travel time to a city at which speed halves
 */
record Travel(double convoyKmh, double detourFactor, double remotenessHours) {

	/**
	 * When a mission states nothing: 30 km/h (convoys on mined roads), roads a third
	 * longer than the straight line, half speed 10 hours from a city.
	 */
	public static final Travel DEFAULT = new Travel(30, 1.35, 10);

	/** The mission's judgement of its roads, the default for what it leaves out. */
	static Travel of(java.util.Optional<RoadAssumptions> roads) {
		return roads
			.map(r -> new Travel(r.convoyKmh() == null ? DEFAULT.convoyKmh() : r.convoyKmh(),
					r.detourFactor() == null ? DEFAULT.detourFactor() : r.detourFactor(),
					r.remotenessHours() == null ? DEFAULT.remotenessHours() : r.remotenessHours()))
			.orElse(DEFAULT);
	}

	public Travel {
		if (!(convoyKmh > 0) || !(detourFactor >= 1) || !(remotenessHours > 0)) {
			throw new InvalidInputException("travel", Phrase.of("problem.travel"));
		}
	}

	public double roadKm(Position from, Position to) {
		return from.distanceKm(to) * detourFactor;
	}

	/** Minutes by road from a place to a cell's centre. */
	public double roadMinutes(Position from, GridCell to) {
		double ttime = to.travelTimeMinutes() == null ? 0 : to.travelTimeMinutes();
		return roadKm(from, to.centre()) / convoyKmh * 60 * (1 + ttime / (remotenessHours * 60));
	}

}
