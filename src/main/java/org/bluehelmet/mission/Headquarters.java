package org.bluehelmet.mission;

/**
 * The headquarters a site hosts, as coded in Geo-PKO's {@code hq} variable (0-3; the
 * meaning of 1 and 2 is read from where MINUSMA's sector headquarters stood).
 */
public enum Headquarters {

	/** No headquarters (Geo-PKO 0). */
	NONE,

	/** A headquarters below sector level, e.g. of a battalion (Geo-PKO 1). */
	OTHER,

	/** A sector headquarters (Geo-PKO 2). */
	SECTOR,

	/** The mission's force headquarters (Geo-PKO 3). */
	MISSION;

	static Headquarters fromGeoPko(Integer code) {
		if (code == null || code < 0 || code > 3) {
			return NONE;
		}
		return values()[code];
	}

}
