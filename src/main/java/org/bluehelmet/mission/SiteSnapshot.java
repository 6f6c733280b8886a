package org.bluehelmet.mission;

import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A site as a deployment map showed it: its troops, the unit types present, the
 * headquarters it hosted, and the contingents of each country.
 *
 * @param site the site
 * @param asOf the month of the deployment map
 * @param source the deployment map
 * @param troops troops at the site (the map's total; per-country figures need not add up
 * to it)
 * @param headquarters headquarters hosted
 * @param unitTypes unit types present
 * @param contingents contingents present, largest first
 */
public record SiteSnapshot(@JsonUnwrapped Site site, YearMonth asOf, String source, Integer troops,
		Headquarters headquarters, List<UnitType> unitTypes, List<Contingent> contingents) {

	public SiteSnapshot {
		unitTypes = List.copyOf(unitTypes);
		contingents = List.copyOf(contingents);
	}

	/** Contributing countries, in the order of their contingents. */
	@JsonProperty("countries")
	public List<String> countries() {
		return contingents.stream().map(Contingent::country).distinct().toList();
	}

	@JsonIgnore
	public int troopsOrZero() {
		return troops == null ? 0 : troops;
	}

}
