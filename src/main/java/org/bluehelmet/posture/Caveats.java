package org.bluehelmet.posture;

import java.util.Map;
import java.util.Set;

/**
 * What the contingents of each camp will not do, as their units' caveats say: sectors
 * they will not serve in ("no operations in Sector Centre"), and troops that will not
 * operate at night ("no night operations"). A TOB is held day and night, so such troops
 * stay in their camp and count towards its garrison; the camp's other troops beyond the
 * garrison may man TOBs, but not in a refused sector.
 *
 * @param refusedSectors per camp, sectors some contingent there will not serve in
 * @param dayOnlyTroops per camp, troops of contingents that will not operate at night
 */
record Caveats(Map<String, Set<String>> refusedSectors, Map<String, Integer> dayOnlyTroops) {

	public static final Caveats NONE = new Caveats(Map.of(), Map.of());

	public Caveats {
		refusedSectors = Map.copyOf(refusedSectors);
		dayOnlyTroops = Map.copyOf(dayOnlyTroops);
	}

	/**
	 * Companies a camp can send to TOBs: troops beyond what stays (garrison or day-only).
	 */
	int spareCompanies(PostureSite camp, PlanningRules rules) {
		int staying = Math.max(rules.campGarrison(), dayOnlyTroops.getOrDefault(camp.name(), 0));
		return Math.max(0, camp.troops() - staying) / rules.companySize();
	}

	boolean refuses(String camp, String sector) {
		return refusedSectors.getOrDefault(camp, Set.of()).contains(sector);
	}

}
