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
 * @param facilities what the site offered casualty evacuation in the month asked for (the
 * site's medical level and air facility are these), recorded or assumed
 */
public record SiteSnapshot(@JsonUnwrapped Site site, YearMonth asOf, String source, Integer troops,
		Headquarters headquarters, List<UnitType> unitTypes, List<Contingent> contingents, SiteFacilities facilities) {

	public SiteSnapshot {
		unitTypes = List.copyOf(unitTypes);
		contingents = List.copyOf(contingents);
	}

	/** Contributing countries, in the order of their contingents. */
	@JsonProperty("countries")
	public List<String> countries() {
		return contingents.stream().map(Contingent::country).distinct().toList();
	}

	/** The same snapshot with the facilities of a month. */
	SiteSnapshot with(SiteFacilities in) {
		Site changed = new Site(site.id(), site.missionId(), site.name(), site.kind(), site.position(), site.gid(),
				site.sector(), site.capacityPersonnel(), in.medicalLevel(), in.airFacility());
		return new SiteSnapshot(changed, asOf, source, troops, headquarters, unitTypes, contingents, in);
	}

	@JsonIgnore
	public int troopsOrZero() {
		return troops == null ? 0 : troops;
	}

}
