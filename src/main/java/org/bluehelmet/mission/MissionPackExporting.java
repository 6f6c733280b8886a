package org.bluehelmet.mission;

/**
 * Published while a mission is written as a pack, so that other features add their files
 * (incidents, indicators …) to it.
 *
 * @param missionId the mission
 * @param pack where the files go
 */
public record MissionPackExporting(String missionId, PackWriter pack) {
}
