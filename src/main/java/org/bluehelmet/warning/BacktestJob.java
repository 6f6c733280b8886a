package org.bluehelmet.warning;

import java.time.Instant;
import java.util.List;

import org.bluehelmet.text.Phrase;

/**
 * A backtest running in the background, as the browser follows it.
 *
 * @param id the job's id
 * @param missionId the mission whose stored incidents it scores
 * @param target what is forecast ({@code civilian-attacks} or {@code fatalities})
 * @param origins the origins, in order ({@code YYYY-MM})
 * @param horizon months ahead
 * @param startedBy who started it
 * @param startedAt when
 * @param state queued, running, done (see {@code lines}), failed or interrupted (see
 * {@code error})
 * @param done long steps done (a model's forecast from one origin)
 * @param total long steps in all
 * @param step what it is doing now
 * @param lines the backtest's table, once done
 * @param skill the learned model against each baseline, per origin and over all, once
 * done
 * @param calibration the learned model's reliability by decile, once done
 * @param error why it failed, if it did
 */
record BacktestJob(String id, String missionId, String target, List<String> origins, int horizon, String startedBy,
		Instant startedAt, State state, int done, int total, String step, List<Backtest.Line> lines,
		List<Backtest.Skill> skill, List<Backtest.CalibrationBin> calibration, Phrase error) {

	/** Where a job stands. */
	public enum State {

		QUEUED, RUNNING, DONE, FAILED, INTERRUPTED

	}

}
