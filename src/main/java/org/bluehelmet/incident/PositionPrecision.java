package org.bluehelmet.incident;

/**
 * How precisely the position of an incident is known, after UCDP GED's {@code where_prec}
 * (1-7). Positions coarser than {@link #NEAR} are the centroid of an area and should not
 * be read as a point.
 */
enum PositionPrecision {

	/** The exact place (UCDP 1). */
	EXACT,
	/** Within about 25 km of the point (UCDP 2). */
	NEAR,
	/** A second-order administrative unit, e.g. a cercle (UCDP 3). */
	DISTRICT,
	/** A first-order administrative unit or a part of the country (UCDP 4, 5). */
	REGION,
	/** Only the country is known (UCDP 6, 7). */
	COUNTRY

}
