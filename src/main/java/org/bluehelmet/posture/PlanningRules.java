package org.bluehelmet.posture;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;

/**
 * The planner's rules, each shown and editable.
 *
 * @param responseMinutes a site protects the cells its troops reach by road within this
 * time
 * @param resupplyKm a TOB must lie within this road distance of the camp supplying it
 * @param companySize troops of a TOB (a company, at least 150)
 * @param campGarrison troops each camp keeps for its own protection; the rest may man
 * TOBs
 * @param maxTobs at most this many TOBs
 * @param addedTroops troops added to the mission's (e.g. 1,730 in the 2021 proposal), in
 * companies for TOBs
 * @param backupWeight how much a person at risk reached by a second site counts, against
 * 1 for one newly reached at all (backup coverage after Hogan &amp; ReVelle 1986; absent
 * or 0: not sought)
 */
record PlanningRules(double responseMinutes, double resupplyKm, int companySize, int campGarrison, int maxTobs,
		int addedTroops, Double backupWeight) {

	/**
	 * Three hours' drive, 150 km of road to supply, 150-troop TOBs, 450 kept per camp,
	 * ten TOBs.
	 */
	public static final PlanningRules DEFAULT = new PlanningRules(180, 150, 150, 450, 10, 0, 0.0);

	public PlanningRules {
		if (!(responseMinutes > 0) || !(resupplyKm > 0) || companySize < 1 || campGarrison < 0 || maxTobs < 0
				|| addedTroops < 0) {
			throw new InvalidInputException("rules", Phrase.of("problem.rules.positive"));
		}
		// Bounds that keep the planner's work within seconds whatever is asked.
		if (responseMinutes > 24 * 60 || resupplyKm > 5000 || companySize > 100_000 || campGarrison > 100_000
				|| maxTobs > 100 || addedTroops > ScenarioRequest.MAX_ADDED_TROOPS) {
			throw new InvalidInputException("rules", Phrase.of("problem.rules.most"));
		}
		if (backupWeight == null) {
			backupWeight = 0.0;
		}
		if (!(backupWeight >= 0 && backupWeight <= 1)) {
			throw new InvalidInputException("rules.backupWeight", Phrase.of("problem.rules.backupWeight"));
		}
	}

	public PlanningRules withAddedTroops(int troops) {
		return new PlanningRules(responseMinutes, resupplyKm, companySize, campGarrison, maxTobs, troops, backupWeight);
	}

}
