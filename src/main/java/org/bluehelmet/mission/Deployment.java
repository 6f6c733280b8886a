package org.bluehelmet.mission;

import java.time.YearMonth;

/**
 * A unit at a site for a span of months.
 *
 * @param unitId the unit
 * @param siteId the site
 * @param strength personnel of the unit at the site, or {@code null} where unknown
 * @param from first month at the site
 * @param until first month no longer at the site, or {@code null} while still there
 */
public record Deployment(long unitId, long siteId, Integer strength, YearMonth from, YearMonth until) {

	/** Whether the unit is at the site during a month. */
	public boolean isActiveIn(YearMonth month) {
		return !month.isBefore(from) && (until == null || month.isBefore(until));
	}

}
