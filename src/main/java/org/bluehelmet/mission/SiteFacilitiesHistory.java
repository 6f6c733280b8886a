package org.bluehelmet.mission;

import java.util.List;

/**
 * A site's facilities over time, for the page that edits them.
 *
 * @param siteId the site
 * @param site its name
 * @param assumed the planning assumption from the deployment maps, which holds before the
 * first record
 * @param recorded the records, oldest first; each holds until the next
 */
record SiteFacilitiesHistory(long siteId, String site, SiteFacilities assumed, List<SiteFacilities> recorded) {

	public SiteFacilitiesHistory {
		recorded = List.copyOf(recorded);
	}

}
