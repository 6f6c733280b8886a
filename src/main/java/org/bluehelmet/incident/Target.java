package org.bluehelmet.incident;

/** Who was hit. */
public enum Target {

	/** UN personnel and installations. */
	UN,
	/** Civilians. */
	CIVILIANS,
	/** National defence and security forces. */
	NATIONAL_FORCES,
	/** Armed groups. */
	ARMED_GROUPS,
	/** Not known. */
	UNKNOWN

}
