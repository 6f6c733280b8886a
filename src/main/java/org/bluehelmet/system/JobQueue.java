package org.bluehelmet.system;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.bluehelmet.text.Phrase;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Long jobs queued in the database ({@code job}, with an uploaded file in
 * {@code job_file}), so that every server of one installation sees them: any server
 * answers for a job, the first free one claims it ({@code FOR UPDATE SKIP LOCKED}, the
 * PostgreSQL queue idiom, which H2 also reads), and the one running it beats its heart
 * ({@link JobRunner}). A job whose heart stopped for {@link #SILENCE} is marked
 * {@code INTERRUPTED} by another server (or by the same one after a restart).
 */
@Component
public class JobQueue {

	/** A job's heart stopped for this long: its server is taken for dead. */
	public static final Duration SILENCE = Duration.ofSeconds(15);

	/**
	 * Jobs of one kind one person may have queued or running at once: one person queued
	 * 78 backtests (an hour of CPU) in seconds.
	 */
	public static final int PER_USER = 2;

	/** Jobs of one kind one mission may have queued or running at once. */
	public static final int PER_MISSION = 4;

	/**
	 * The most times a job safe to run again is claimed: once more after its server died.
	 */
	static final int MOST_ATTEMPTS = 2;

	/**
	 * The first part number of what a job made (a report's file): below it, the file it
	 * was started with, which goes when the job ends; from it, its output, kept for
	 * {@link #KEEP_OUTPUT} after the job ended.
	 */
	static final int OUTPUT = 1_000_000;

	/** How long a job's output stays to be fetched. */
	public static final Duration KEEP_OUTPUT = Duration.ofDays(1);

	private static final String UNDER_WAY = "state IN ('QUEUED', 'RUNNING')";

	private final JdbcClient jdbc;

	private final JobFiles files;

	private final ServerLock lock;

	private final ApplicationEventPublisher events;

	JobQueue(JdbcClient jdbc, ServerLock lock, JobFiles files, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.lock = lock;
		this.files = files;
		this.events = events;
	}

	/**
	 * A job was queued on this server; published inside the transaction that queues it,
	 * so that a listener after commit ({@link JobRunner}) finds it stored.
	 */
	public record JobQueued(String id, String kind) {
	}

	/** Where a job stands. */
	public enum State {

		QUEUED, RUNNING, DONE, FAILED, INTERRUPTED

	}

	/**
	 * A job as stored.
	 *
	 * @param parameters what the job was asked to do (JSON, the kind's own)
	 * @param progress how far it got (rows read, steps done, …)
	 * @param total of how many steps, when known (else 0)
	 * @param step what it does now, when it says
	 * @param result what it made, once done (JSON, the kind's own)
	 * @param error why it failed or was interrupted
	 */
	public record StoredJob(String id, String kind, String missionId, String startedBy, Instant createdAt, State state,
			String parameters, long progress, long total, String step, String result, String error) {

		/** What the job does now, as a page shows it. */
		public String shownStep() {
			return switch (state) {
				case QUEUED -> "waiting";
				case DONE -> "done";
				default -> step;
			};
		}

		/**
		 * Why the job ended without a result, in the reader's words, or {@code null}: the
		 * bundles' {@code job.failed.KIND} (with the reason the job gave) and
		 * {@code job.interrupted.KIND} (what became of its work and what to do).
		 */
		public Phrase shownError() {
			return switch (state) {
				// A failure with no message of its own is said as such, never as "null".
				case FAILED ->
					Phrase.of("job.failed." + kind, "why", error == null ? Phrase.of("job.unexpected") : error);
				case INTERRUPTED -> Phrase.of("job.interrupted." + kind);
				default -> null;
			};
		}

	}

	/**
	 * Parameters and results as jobs store them (JSON): read back by their records'
	 * constructors, fields a newer server added ignored.
	 */
	public static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/**
	 * Queues a job, with its file (which the caller deletes), against the limits: a
	 * person's {@value #PER_USER} and a mission's {@value #PER_MISSION} jobs of the kind
	 * under way, counted on every server. The same work without a file (same kind,
	 * mission and parameters) already under way is answered instead.
	 * @throws TooManyJobsException when a limit is reached
	 */
	@Transactional
	public StoredJob submit(String kind, String missionId, String user, String parameters, Path file) {
		lock.hold("jobs");
		Optional<StoredJob> same = jdbc
			.sql("SELECT * FROM job WHERE " + UNDER_WAY + " AND kind = ? AND mission_id = ? AND parameters = ?")
			.params(kind, missionId, parameters)
			.query(JobQueue::row)
			.optional();
		if (same.isPresent() && file == null) {
			return same.get();
		}
		long byUser = count("kind = ? AND started_by = ?", kind, user);
		if (byUser >= PER_USER) {
			throw new TooManyJobsException("you have " + byUser + " " + kind + " jobs under way; wait for one to end");
		}
		long byMission = count("kind = ? AND mission_id = ?", kind, missionId);
		if (byMission >= PER_MISSION) {
			throw new TooManyJobsException(
					"the mission has " + byMission + " " + kind + " jobs under way; wait for one to end");
		}
		StoredJob job = new StoredJob(UUID.randomUUID().toString(), kind, missionId, user, Instant.now(), State.QUEUED,
				parameters, 0, 0, null, null, null);
		jdbc.sql("""
				INSERT INTO job (id, kind, mission_id, started_by, created_at, state, parameters)
				VALUES (?, ?, ?, ?, ?, 'QUEUED', ?)""")
			.params(job.id(), kind, missionId, user, Timestamp.from(job.createdAt()), parameters)
			.update();
		if (file != null) {
			files.store(job.id(), 0, file);
		}
		events.publishEvent(new JobQueued(job.id(), kind));
		return job;
	}

	/**
	 * A job of the mission; 404 for another mission's job, as for one that does not
	 * exist.
	 */
	public StoredJob find(String kind, String missionId, String jobId) {
		return jdbc.sql("SELECT * FROM job WHERE id = ? AND kind = ? AND mission_id = ?")
			.params(jobId, kind, missionId)
			.query(JobQueue::row)
			.optional()
			.orElseThrow(() -> new NotFoundException(kind + " job", jobId));
	}

	/**
	 * Claims the oldest queued job of these kinds for this server: it is RUNNING, with a
	 * heartbeat, when this returns.
	 */
	@Transactional
	public Optional<StoredJob> claim(List<String> kinds, String node) {
		if (kinds.isEmpty()) {
			return Optional.empty();
		}
		String in = String.join(", ", kinds.stream().map(kind -> "?").toList());
		Optional<StoredJob> next = jdbc
			.sql("SELECT * FROM job WHERE state = 'QUEUED' AND kind IN (" + in
					+ ") ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED")
			.params(kinds.toArray())
			.query(JobQueue::row)
			.optional();
		next.ifPresent(job -> jdbc.sql("""
				UPDATE job SET state = 'RUNNING', node = ?, heartbeat_at = CURRENT_TIMESTAMP, attempts = attempts + 1
				WHERE id = ?""").params(node, job.id()).update());
		return next.map(job -> new StoredJob(job.id(), job.kind(), job.missionId(), job.startedBy(), job.createdAt(),
				State.RUNNING, job.parameters(), 0, 0, null, null, null));
	}

	/** This server's running jobs are alive. */
	void beat(String node) {
		jdbc.sql("UPDATE job SET heartbeat_at = CURRENT_TIMESTAMP WHERE node = ? AND state = 'RUNNING'")
			.param(node)
			.update();
	}

	/**
	 * How far a running job got: committed at once, apart from the job's own transaction
	 * (an import's lasts until it is done, and would hide its progress and hold the job's
	 * row, stopping its heart, until then).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void progress(String jobId, String node, long progress, long total, String step) {
		jdbc.sql("UPDATE job SET progress = ?, total = ?, step = ? WHERE id = ? AND node = ? AND state = 'RUNNING'")
			.params(progress, total, step, jobId, node)
			.update();
	}

	/**
	 * Records a job already done (its result was known), so that every server answers for
	 * it like any other.
	 */
	public StoredJob done(String kind, String missionId, String user, String parameters, long total, String result) {
		StoredJob job = new StoredJob(UUID.randomUUID().toString(), kind, missionId, user, Instant.now(), State.DONE,
				parameters, total, total, null, result, null);
		jdbc.sql("""
				INSERT INTO job (id, kind, mission_id, started_by, created_at, state, parameters, progress, total,
				  result, finished_at) VALUES (?, ?, ?, ?, ?, 'DONE', ?, ?, ?, ?, CURRENT_TIMESTAMP)""")
			.params(job.id(), kind, missionId, user, Timestamp.from(job.createdAt()), parameters, total, total, result)
			.update();
		return job;
	}

	/**
	 * A job this server runs ended: done with its result, or failed with why; its file is
	 * dropped. Nothing when another server took it over meanwhile.
	 */
	@Transactional
	public void finish(String jobId, String node, State state, long progress, String result, String error) {
		int ended = jdbc.sql("""
				UPDATE job SET state = ?, progress = ?, result = ?, error = ?, finished_at = CURRENT_TIMESTAMP
				WHERE id = ? AND node = ? AND state = 'RUNNING'""")
			.params(state.name(), progress, result, error, jobId, node)
			.update();
		if (ended > 0) {
			jdbc.sql("DELETE FROM job_file WHERE job_id = ? AND part < ?").params(jobId, OUTPUT).update();
		}
	}

	/**
	 * Gives a running job back to the queue, file and all, for another server (or this
	 * one when it starts again): this server stops before the job could end. Nothing of
	 * the job is stored meanwhile, since its work is one transaction this server's end
	 * rolls back.
	 */
	public void handBack(String jobId, String node) {
		jdbc.sql("""
				UPDATE job SET state = 'QUEUED', node = NULL, heartbeat_at = NULL, progress = 0, total = 0, step = NULL
				WHERE id = ? AND node = ? AND state = 'RUNNING'""").params(jobId, node).update();
	}

	/**
	 * Marks INTERRUPTED the running jobs whose heart stopped for {@link #SILENCE} (their
	 * server died, or this one before it restarted), and returns them; a job of a kind
	 * that is safe to run again (it only reads) and was claimed only once is queued again
	 * instead, for any server, and not returned.
	 * @param retried the kinds safe to run again
	 */
	@Transactional
	public List<StoredJob> interruptSilent(Set<String> retried) {
		Timestamp before = Timestamp.from(databaseNow().minus(SILENCE));
		List<StoredJob> silent = jdbc
			.sql("SELECT * FROM job WHERE state = 'RUNNING' AND heartbeat_at < ? FOR UPDATE SKIP LOCKED")
			.param(before)
			.query(JobQueue::row)
			.list();
		List<StoredJob> interrupted = new java.util.ArrayList<>();
		for (StoredJob job : silent) {
			int attempts = jdbc.sql("SELECT attempts FROM job WHERE id = ?")
				.param(job.id())
				.query(Integer.class)
				.single();
			if (retried.contains(job.kind()) && attempts < MOST_ATTEMPTS) {
				jdbc.sql("""
						UPDATE job SET state = 'QUEUED', node = NULL, heartbeat_at = NULL, progress = 0, total = 0,
						  step = NULL WHERE id = ?""").param(job.id()).update();
				continue;
			}
			jdbc.sql("""
					UPDATE job SET state = 'INTERRUPTED', finished_at = CURRENT_TIMESTAMP,
					  error = 'the server running it stopped' WHERE id = ?""").param(job.id()).update();
			jdbc.sql("DELETE FROM job_file WHERE job_id = ?").param(job.id()).update();
			interrupted.add(job);
		}
		return interrupted;
	}

	/** Marks INTERRUPTED every running job whose heart stopped; none is run again. */
	public List<StoredJob> interruptSilent() {
		return interruptSilent(Set.of());
	}

	/**
	 * Keeps what a job this server runs made, in parts, to be fetched through any server
	 * once the job is done. Nothing when another server took the job over meanwhile.
	 */
	@Transactional
	public void keepOutput(String jobId, String node, byte[] bytes) {
		long mine = jdbc.sql("SELECT COUNT(*) FROM job WHERE id = ? AND node = ? AND state = 'RUNNING'")
			.params(jobId, node)
			.query(Long.class)
			.single();
		if (mine == 0) {
			return;
		}
		jdbc.sql("DELETE FROM job_file WHERE job_id = ? AND part >= ?").params(jobId, OUTPUT).update();
		files.store(jobId, OUTPUT, new java.io.ByteArrayInputStream(bytes));
	}

	/**
	 * What a done job made, read part by part; empty when it made nothing or its output
	 * was dropped ({@link #KEEP_OUTPUT} after it ended).
	 */
	public Optional<InputStream> output(String jobId) {
		boolean kept = jdbc.sql("SELECT COUNT(*) FROM job_file WHERE job_id = ? AND part = ?")
			.params(jobId, OUTPUT)
			.query(Long.class)
			.single() > 0;
		return kept ? Optional.of(files.read(jobId, OUTPUT)) : Optional.empty();
	}

	/** Drops the outputs of jobs that ended more than {@link #KEEP_OUTPUT} ago. */
	public int dropOldOutputs() {
		Timestamp before = Timestamp.from(databaseNow().minus(KEEP_OUTPUT));
		return jdbc.sql("""
				DELETE FROM job_file WHERE part >= ?
				  AND job_id IN (SELECT id FROM job WHERE finished_at < ?)""").params(OUTPUT, before).update();
	}

	/** The file the job was started with, read part by part as it is consumed. */
	public InputStream file(String jobId) {
		return files.read(jobId, 0);
	}

	private Instant databaseNow() {
		return jdbc.sql("SELECT CURRENT_TIMESTAMP").query(Timestamp.class).single().toInstant();
	}

	private long count(String where, Object... params) {
		return jdbc.sql("SELECT COUNT(*) FROM job WHERE " + UNDER_WAY + " AND " + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	private static StoredJob row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new StoredJob(rs.getString("id"), rs.getString("kind"), rs.getString("mission_id"),
				rs.getString("started_by"), rs.getTimestamp("created_at").toInstant(),
				State.valueOf(rs.getString("state")), rs.getString("parameters"), rs.getLong("progress"),
				rs.getLong("total"), rs.getString("step"), rs.getString("result"), rs.getString("error"));
	}

}
