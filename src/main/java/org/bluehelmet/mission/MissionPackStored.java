package org.bluehelmet.mission;

/**
 * Published inside the transaction that stores a mission pack (a demo mission or one a
 * user imports), so that other features store their part of the pack (incidents,
 * requirements, pledges, indicators) all or nothing with it: a listener that refuses its
 * file throws, and nothing of the pack is stored.
 *
 * @param missionId the mission's id
 * @param files the pack's optional files
 * @param actor who imports the pack, for the audit log ({@code system} for the demo)
 */
public record MissionPackStored(String missionId, PackFiles files, String actor) {
}
