package org.bluehelmet.incident;

import java.time.Duration;
import java.time.Instant;

/**
 * When an incident logged in Blue Helmet (not imported) was logged and first verified.
 *
 * @param incidentId the incident
 * @param loggedAt when it was logged
 * @param verifiedAt when its status first became VERIFIED, or {@code null}
 */
public record Verification(long incidentId, Instant loggedAt, Instant verifiedAt) {

	/** Whether it was verified within the given time of being logged. */
	public boolean verifiedWithin(Duration time) {
		return verifiedAt != null && !verifiedAt.isAfter(loggedAt.plus(time));
	}

}
