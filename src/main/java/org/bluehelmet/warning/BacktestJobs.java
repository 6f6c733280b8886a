package org.bluehelmet.warning;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.system.JobBoard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Backtests started from the browser: they train the learned model once per origin
 * (seconds each), so they run on a background thread, one at a time, and are followed by
 * polling. Bad input is refused before a job starts; a backtest already computed on the
 * incidents as they are is answered at once; the same backtest asked for again while it
 * runs is the same job. The last {@value #KEPT} jobs are kept in memory.
 * <p>
 * Thread-safe.
 */
@Component
public class BacktestJobs {

	static final int KEPT = 20;

	private static final Logger log = LoggerFactory.getLogger(BacktestJobs.class);

	private final WarningService warning;

	private final JobBoard<BacktestJob> jobs = new JobBoard<>("backtest job", "warning-backtest", KEPT, BacktestJob::id,
			BacktestJob::missionId, BacktestJob::startedBy, BacktestJob::underWay);

	BacktestJobs(WarningService warning) {
		this.warning = warning;
	}

	/** Starts a backtest, or answers with the one already known or under way. */
	public BacktestJob start(String missionId, ForecastTarget target, List<YearMonth> origins, int horizon,
			String user) {
		List<YearMonth> sorted = warning.checkBacktest(missionId, origins, horizon);
		BacktestJob job = new BacktestJob(UUID.randomUUID().toString(), missionId,
				target.name().toLowerCase(Locale.ROOT).replace('_', '-'),
				sorted.stream().map(YearMonth::toString).toList(), horizon, user, Instant.now(),
				BacktestJob.State.QUEUED, 0, sorted.size() * Baselines.withLearned().size(), "waiting", null, null,
				null, null);
		Optional<Backtest.Report> known = warning.knownBacktest(missionId, target, sorted, horizon);
		if (known.isPresent()) {
			return jobs.put(job.finished(known.get()));
		}
		BacktestJob queued = jobs.submit(job, other -> other.underWay() && other.sameWorkAs(job));
		if (queued == job) {
			jobs.run(() -> run(job, target, sorted));
		}
		return queued;
	}

	/**
	 * A job of the mission; 404 for another mission's job, as for one that does not
	 * exist.
	 */
	public BacktestJob find(String missionId, String jobId) {
		return jobs.find(missionId, jobId);
	}

	private void run(BacktestJob job, ForecastTarget target, List<YearMonth> origins) {
		// The last state put, so that a failure keeps the step it failed at.
		AtomicReference<BacktestJob> latest = new AtomicReference<>(
				jobs.put(job.progressed(0, job.total(), "reading the incidents")));
		try {
			Backtest.Report report = warning.backtest(job.missionId(), target, origins, job.horizon(),
					(done, total, next) -> latest.set(jobs.put(job.progressed(done, total, next))));
			jobs.put(job.finished(report));
		}
		catch (InvalidInputException ex) {
			jobs.put(latest.get().failed(ex.getMessage()));
		}
		catch (RuntimeException ex) {
			log.warn("Backtest {} failed", job.id(), ex);
			jobs.put(latest.get().failed("the backtest failed: " + ex.getMessage()));
		}
	}

	@PreDestroy
	void stop() {
		jobs.stop();
	}

}
