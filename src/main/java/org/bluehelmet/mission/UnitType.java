package org.bluehelmet.mission;

import java.util.Optional;

/**
 * Types of military and police units, following the unit-type variables of Geo-PKO v2.1
 * (Cil et al. 2020), each constant naming the Geo-PKO column it is read from.
 */
public enum UnitType {

	/** Infantry (battalion, company or platoon). */
	INFANTRY("inf"),
	/** Formed police unit. */
	FORMED_POLICE("fpu"),
	/** Reserve or quick-reaction force. */
	RESERVE("res"),
	/** Force protection. */
	FORCE_PROTECTION("fp"),
	/** Engineers. */
	ENGINEERING("eng"),
	/** Signals. */
	SIGNALS("sig"),
	/** Transport. */
	TRANSPORT("trans"),
	/** Riverine unit. */
	RIVERINE("riv"),
	/** Heavy-weapons support. */
	HEAVY_SUPPORT("he.sup"),
	/** Light-weapons support. */
	LIGHT_SUPPORT("he.sup.lw"),
	/** Special forces. */
	SPECIAL_FORCES("sf"),
	/** Medical unit (hospital or clinic). */
	MEDICAL("med"),
	/** Maintenance. */
	MAINTENANCE("maint"),
	/** Reconnaissance. */
	RECONNAISSANCE("recon"),
	/** Aviation (helicopters or aircraft). */
	AVIATION("avia"),
	/** Military police. */
	MILITARY_POLICE("mp"),
	/** Demining and explosive-ordnance disposal. */
	DEMINING("demining"),
	/** Unmanned aerial vehicles. */
	UAV("uav"),
	/** Armoured unit. */
	ARMOUR("armor"),
	/** A unit type the source records only as "other". */
	OTHER("other.type"),
	/**
	 * A national contingent at a site whose split into unit types the source does not
	 * record; the unit types present at the site are known for the site as a whole.
	 */
	NATIONAL_CONTINGENT(null);

	private final String geoPkoColumn;

	UnitType(String geoPkoColumn) {
		this.geoPkoColumn = geoPkoColumn;
	}

	/** The Geo-PKO column that flags this type (1 present, 0 absent), if there is one. */
	public Optional<String> geoPkoColumn() {
		return Optional.ofNullable(geoPkoColumn);
	}

}
