package org.bluehelmet.incident;

import java.time.Instant;

/**
 * A note someone wrote on an incident during triage.
 *
 * @param id database id
 * @param author who wrote it
 * @param writtenAt when
 * @param text what
 */
record IncidentComment(long id, String author, Instant writtenAt, String text) {
}
