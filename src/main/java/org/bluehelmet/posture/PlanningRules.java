package org.bluehelmet.posture;

import org.bluehelmet.system.InvalidInputException;

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
 */
public record PlanningRules(double responseMinutes, double resupplyKm, int companySize, int campGarrison, int maxTobs,
		int addedTroops) {

	/**
	 * Three hours' drive, 150 km of road to supply, 150-troop TOBs, 450 kept per camp,
	 * ten TOBs.
	 */
	public static final PlanningRules DEFAULT = new PlanningRules(180, 150, 150, 450, 10, 0);

	public PlanningRules {
		if (!(responseMinutes > 0) || !(resupplyKm > 0) || companySize < 1 || campGarrison < 0 || maxTobs < 0
				|| addedTroops < 0) {
			throw new InvalidInputException("rules",
					"response time, resupply distance and company size must be positive; "
							+ "garrison, TOBs and added troops not negative");
		}
	}

	public PlanningRules withAddedTroops(int troops) {
		return new PlanningRules(responseMinutes, resupplyKm, companySize, campGarrison, maxTobs, troops);
	}

}
