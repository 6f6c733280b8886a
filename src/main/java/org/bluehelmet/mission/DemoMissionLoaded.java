package org.bluehelmet.mission;

/**
 * Published inside the transaction that loads the demo mission, so that other features
 * add their part of the demo (incidents, forecasts …) all or nothing with it.
 *
 * @param missionId the demo mission's id
 * @param dataFolder the classpath folder of the demo's bundled files, ending in "/"
 */
public record DemoMissionLoaded(String missionId, String dataFolder) {
}
