package org.bluehelmet.incident;

/**
 * How precisely the time of an incident is known, after UCDP GED's {@code date_prec}
 * (1-5).
 */
enum TimePrecision {

	/** Date and time of day. */
	EXACT,
	/** The day (UCDP 1). */
	DAY,
	/** Within 2-6 days (UCDP 2). */
	DAYS,
	/** The week (UCDP 3). */
	WEEK,
	/** The month (UCDP 4). */
	MONTH,
	/** Longer than a month, up to the year (UCDP 5). */
	YEAR

}
