package org.bluehelmet.incident;

/** What kind of incident it was. */
public enum IncidentCategory {

	/** An improvised explosive device or other explosive device, including mines. */
	EXPLOSIVE_DEVICE,
	/** An ambush on a patrol, convoy or position. */
	AMBUSH,
	/** A complex attack: several coordinated means (fire, explosives, assault). */
	COMPLEX_ATTACK,
	/** A suicide attack or a vehicle-borne explosive device. */
	SUICIDE_OR_VEHICLE_BORNE_ATTACK,
	/** Indirect fire: mortars, rockets, artillery. */
	INDIRECT_FIRE,
	/** An armed clash between organised armed actors. */
	ARMED_CLASH,
	/** An attack deliberately directed at civilians (UCDP one-sided violence). */
	ATTACK_ON_CIVILIANS,
	/** An abduction or kidnapping. */
	ABDUCTION,
	/** A human-rights violation other than those above. */
	HUMAN_RIGHTS_VIOLATION,
	/** A demonstration, protest or riot. */
	DEMONSTRATION,
	/** Anything else. */
	OTHER

}
