package org.bluehelmet.mission;

/** The UN level of medical care available at a site (UN Medical Support Manual). */
public enum MedicalLevel {

	/** No medical facility. */
	NONE,

	/** Level 1: primary care, first aid, triage, resuscitation and stabilisation. */
	LEVEL_1,

	/**
	 * Level 2: adds damage-control surgery, the surgery the 10-1-2 standard wants within
	 * 2 hours.
	 */
	LEVEL_2,

	/** Level 3: multidisciplinary hospital care. */
	LEVEL_3

}
