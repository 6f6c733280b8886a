package org.bluehelmet.performance;

import java.time.Instant;

import org.bluehelmet.text.Phrase;

/**
 * A monthly report being made in the background, as the browser follows it.
 *
 * @param id the job's id
 * @param missionId the mission it reports on
 * @param format {@code pdf}, {@code html} or {@code csv} (the annex)
 * @param month the month it covers ({@code YYYY-MM})
 * @param language the language it is written in (a tag: {@code en}, {@code fr})
 * @param startedBy who asked for it
 * @param startedAt when
 * @param state queued, running, done (its file is at {@code file}), failed or interrupted
 * (see {@code error})
 * @param step what it is doing now
 * @param fileName the name the file is saved under
 * @param error why it failed, if it did
 */
record ReportJob(String id, String missionId, String format, String month, String language, String startedBy,
		Instant startedAt, State state, String step, String fileName, Phrase error) {

	/** Where a job stands. */
	public enum State {

		QUEUED, RUNNING, DONE, FAILED, INTERRUPTED

	}

}
