package org.bluehelmet.incident;

import java.time.Instant;

/**
 * One recorded change to an incident.
 *
 * @param changedBy who
 * @param changedAt when
 * @param field which field, as named in the API
 * @param oldValue the value before, or {@code null}
 * @param newValue the value after, or {@code null}
 */
record IncidentChange(String changedBy, Instant changedAt, String field, String oldValue, String newValue) {
}
