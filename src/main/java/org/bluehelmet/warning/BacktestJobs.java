package org.bluehelmet.warning;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.bluehelmet.system.JobQueue;
import org.bluehelmet.system.JobRunner;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backtests started from the browser: they train the learned model once per origin
 * (seconds each), so they are queued in the database ({@link JobQueue}), run by the first
 * free server and followed by polling any server. Bad input is refused before a job is
 * queued; a backtest this server already computed on the incidents as they are is
 * answered at once (as a job done); the same backtest asked for again while it is under
 * way is the same job.
 * <p>
 * Thread-safe.
 */
@Component
class BacktestJobs implements JobRunner.Handler {

	static final String KIND = "backtest";

	private static final JsonMapper JSON = JobQueue.JSON;

	private final WarningService warning;

	private final JobQueue queue;

	BacktestJobs(WarningService warning, JobQueue queue) {
		this.warning = warning;
		this.queue = queue;
	}

	/** What a backtest job was asked to do. */
	record Parameters(String target, List<String> origins, int horizon) {

		ForecastTarget forecastTarget() {
			return ForecastTarget.parse(target);
		}

		List<YearMonth> months() {
			return origins.stream().map(YearMonth::parse).toList();
		}

	}

	/** Starts a backtest, or answers with the one already known or under way. */
	public BacktestJob start(String missionId, ForecastTarget target, List<YearMonth> origins, int horizon,
			String user) {
		List<YearMonth> sorted = warning.checkBacktest(missionId, origins, horizon);
		Parameters asked = new Parameters(target.name().toLowerCase(Locale.ROOT).replace('_', '-'),
				sorted.stream().map(YearMonth::toString).toList(), horizon);
		String parameters = JSON.writeValueAsString(asked);
		Optional<Backtest.Report> known = warning.knownBacktest(missionId, target, sorted, horizon);
		if (known.isPresent()) {
			return view(
					queue.done(KIND, missionId, user, parameters, steps(asked), JSON.writeValueAsString(known.get())));
		}
		JobQueue.StoredJob job = queue.submit(KIND, missionId, user, parameters, null);
		return view(job);
	}

	/**
	 * A job of the mission; 404 for another mission's job, as for one that does not
	 * exist.
	 */
	public BacktestJob find(String missionId, String jobId) {
		return view(queue.find(KIND, missionId, jobId));
	}

	@Override
	public String kind() {
		return KIND;
	}

	/** A backtest only reads: one cut short by its server's death is made again. */
	@Override
	public boolean safeToRetry() {
		return true;
	}

	@Override
	public String run(JobQueue.StoredJob job, JobRunner.Progress progress) {
		Parameters asked = JSON.readValue(job.parameters(), Parameters.class);
		progress.reached(0, steps(asked), "reading the incidents");
		Backtest.Report report = warning.backtest(job.missionId(), asked.forecastTarget(), asked.months(),
				asked.horizon(), (done, total, next) -> progress.reached(done, total, next));
		return JSON.writeValueAsString(report);
	}

	/** Long steps in all: a model's forecast from one origin. */
	private static int steps(Parameters asked) {
		return asked.origins().size() * Baselines.withLearned().size();
	}

	private static BacktestJob view(JobQueue.StoredJob job) {
		Parameters asked = JSON.readValue(job.parameters(), Parameters.class);
		Backtest.Report report = job.result() == null ? null : JSON.readValue(job.result(), Backtest.Report.class);
		long total = job.total() > 0 ? job.total() : steps(asked);
		return new BacktestJob(job.id(), job.missionId(), asked.target(), asked.origins(), asked.horizon(),
				job.startedBy(), job.createdAt(), BacktestJob.State.valueOf(job.state().name()),
				job.state() == JobQueue.State.DONE ? (int) total : (int) job.progress(), (int) total, job.shownStep(),
				report == null ? null : report.lines(), report == null ? null : report.skill(),
				report == null ? null : report.calibration(), job.shownError());
	}

}
