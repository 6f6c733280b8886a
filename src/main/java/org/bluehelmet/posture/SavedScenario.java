package org.bluehelmet.posture;

import java.time.Instant;

/**
 * A scenario as saved.
 *
 * @param id its id
 * @param missionId the mission
 * @param name its name, unique in the mission
 * @param createdAt when it was saved
 * @param createdBy who saved it
 * @param result what it was, with every assumption
 */
record SavedScenario(long id, String missionId, String name, Instant createdAt, String createdBy,
		ScenarioResult result) {
}
