package org.bluehelmet.incident;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Flags reports that look like another source's report of the same incident: same day,
 * same category, at most {@link IncidentProperties#duplicateRadiusKm()} apart
 * (great-circle distance). They are flagged for triage, never dropped: two sources may
 * well report two attacks on the same village on the same day.
 */
@Component
class SuspectedDuplicates {

	private final IncidentStore store;

	private final IncidentProperties properties;

	SuspectedDuplicates(IncidentStore store, IncidentProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	/**
	 * Flags the incidents of one import into a mission, of the given sources, whose ids
	 * are above {@code idsAbove} (the highest id before it began); returns how many.
	 */
	long flagImport(String missionId, Collection<String> sources, long importId, long idsAbove) {
		long flagged = 0;
		for (String source : sources) {
			flagged += flag(store.duplicateCandidates(missionId, source, "n.id > " + idsAbove + " AND n.import_id = ?",
					importId, searchDegrees()));
		}
		return flagged;
	}

	/** Flags one incident of a mission and source; returns whether it was. */
	boolean flagIncident(String missionId, String source, long incidentId) {
		return flag(store.duplicateCandidates(missionId, source, "n.id = ?", incidentId, searchDegrees())) > 0;
	}

	/** Flags each incident with its first candidate inside the radius. */
	private long flag(List<IncidentStore.Candidate> candidates) {
		double radiusKm = properties.duplicateRadiusKm();
		long flagged = 0;
		long last = -1;
		for (IncidentStore.Candidate candidate : candidates) {
			if (candidate.incidentId() != last
					&& candidate.position().distanceKm(candidate.otherPosition()) <= radiusKm) {
				store.markSuspectedDuplicate(candidate.incidentId(), candidate.otherId());
				last = candidate.incidentId();
				flagged++;
			}
		}
		return flagged;
	}

	/**
	 * A box of this many degrees around a point holds every point within the radius,
	 * below 80° of latitude.
	 */
	private double searchDegrees() {
		return properties.duplicateRadiusKm() / 111.0 / Math.cos(Math.toRadians(80));
	}

}
