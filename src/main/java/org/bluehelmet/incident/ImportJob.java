package org.bluehelmet.incident;

import java.time.Instant;

import org.bluehelmet.text.Phrase;

/**
 * An import running in the background, as the browser follows it.
 *
 * @param id the job's id
 * @param missionId the mission it imports into
 * @param fileName the uploaded file
 * @param startedBy who uploaded it
 * @param startedAt when
 * @param state queued, running, done (see {@code report}) or failed (see {@code error})
 * @param rowsRead rows read so far
 * @param report what the import did, once done
 * @param error why it failed, if it did (not a rejected file: that is a report)
 */
record ImportJob(String id, String missionId, String fileName, String startedBy, Instant startedAt, State state,
		long rowsRead, ImportReport report, Phrase error) {

	/** Where a job stands. */
	public enum State {

		QUEUED, RUNNING, DONE, FAILED, INTERRUPTED

	}

}
