package org.bluehelmet.mission;

/**
 * One row of a mission pack's {@code facilities.csv}: a site, by the name its deployment
 * maps give, and its facilities from a month on.
 *
 * @param line the row's line in the file
 * @param site the site's name, as in {@code deployments.csv}'s {@code location}
 * @param facilities what the site offers from the row's month
 */
record FacilityRow(long line, String site, SiteFacilities facilities) {
}
