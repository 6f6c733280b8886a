package org.bluehelmet.mission;

import java.time.YearMonth;

/**
 * One of the deployment maps the UN publishes for a mission, which record where its units
 * stand.
 *
 * @param month the month of the map
 * @param source the map's reference, e.g. "Map no. 4506 Rev. 37"
 */
public record DeploymentMap(YearMonth month, String source) {
}
