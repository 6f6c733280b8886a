package org.bluehelmet.forcegen;

/** What a unit can do, as requirements and pledges name it. */
public enum Capability {

	/** Infantry battalion (about 850 troops). */
	INFANTRY_BATTALION,
	/** Quick-reaction force: a mobile company or battalion held in reserve. */
	QUICK_REACTION_FORCE,
	/** Formed police unit (about 140 officers). */
	FORMED_POLICE_UNIT,
	/** Utility helicopter unit (transport, casualty evacuation). */
	UTILITY_HELICOPTER_UNIT,
	/** Armed (attack) helicopter unit. */
	ARMED_HELICOPTER_UNIT,
	/** Level-2 hospital: damage-control surgery. */
	LEVEL_2_HOSPITAL,
	/** Explosive ordnance disposal and IED-clearance company. */
	IED_CLEARANCE_COMPANY,
	/** Engineer company (camps, roads, airfields). */
	ENGINEER_COMPANY,
	/** Long-range reconnaissance patrol group. */
	LONG_RANGE_RECONNAISSANCE,
	/** Unmanned aerial vehicle unit. */
	UAV_UNIT,
	/** Transport company (convoys, logistics). */
	TRANSPORT_COMPANY,
	/** Armoured personnel carriers with their crews, for convoy escort. */
	ARMOURED_CARRIER_COMPANY,
	/** Anything else (staff officers, signals, special forces …). */
	OTHER

}
