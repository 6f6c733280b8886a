package org.bluehelmet.posture;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;

/**
 * The UN's 10-1-2 casualty-evacuation standard (adopted 2020): bleeding control within 10
 * minutes, damage-control resuscitation within an hour, damage-control surgery (a level-2
 * hospital or a surgical team) within 2 hours; and the helicopters that carry casualties.
 *
 * @param surgeryMinutes the time to surgery that counts as within reach (120)
 * @param helicopterKmh cruise speed (about 240 km/h for a utility helicopter)
 * @param helicopterRadiusKm farthest a helicopter goes from its base, or a casualty from
 * a hospital, unrefuelled (about 210 km)
 * @param launchDayMinutes from the call to take-off by day (30)
 * @param launchNightMinutes from the call to take-off by night (45)
 * @param onSceneMinutes landing, loading and take-off at the casualty (10)
 */
public record CasevacStandard(double surgeryMinutes, double helicopterKmh, double helicopterRadiusKm,
		double launchDayMinutes, double launchNightMinutes, double onSceneMinutes) {

	public static final CasevacStandard DEFAULT = new CasevacStandard(120, 240, 210, 30, 45, 10);

	public CasevacStandard {
		if (!(surgeryMinutes > 0) || !(helicopterKmh > 0) || !(helicopterRadiusKm >= 0) || !(launchDayMinutes >= 0)
				|| !(launchNightMinutes >= 0) || !(onSceneMinutes >= 0)) {
			throw new InvalidInputException("casevac", Phrase.of("problem.casevac"));
		}
	}

}
