package org.bluehelmet.mission;

/** What aircraft can use a site. */
public enum AirFacility {

	/** No landing site. */
	NONE,

	/** A helicopter landing site, enough for casualty evacuation by helicopter. */
	HELIPAD,

	/** An airfield for fixed-wing aircraft, with helicopter landing sites. */
	AIRFIELD

}
