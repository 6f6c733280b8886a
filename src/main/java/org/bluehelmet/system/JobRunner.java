package org.bluehelmet.system;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs this server's share of the {@link JobQueue}: one job at a time (the embedded
 * database writes one transaction at a time anyway, and a server's two cores are better
 * spent on one import than shared by two), claimed by a worker thread woken by a local
 * submission or every second; a second thread beats the running job's heart every
 * {@link #BEAT} and, on every server, marks INTERRUPTED the jobs whose heart stopped.
 * Only in a server. On shutdown the running job is let finish for the graceful-shutdown
 * period; one cut short is interrupted by the next server to look.
 */
@Component
@ConditionalOnWebApplication
public class JobRunner implements SmartLifecycle {

	/** A job of one kind: what runs it. */
	public interface Handler {

		/** The kind of job this runs, as queued. */
		String kind();

		/**
		 * Runs the job; returns its result (JSON) or throws a problem for the person who
		 * started it.
		 */
		String run(JobQueue.StoredJob job, Progress progress) throws Exception;

		/**
		 * Whether a job of this kind may run again from the start after its server died:
		 * true for jobs that only read (it is then queued again once).
		 */
		default boolean safeToRetry() {
			return false;
		}

		/** A job of this kind was interrupted (its server died): clean what it left. */
		default void interrupted(JobQueue.StoredJob job) {
		}

	}

	/** Where a running job says how far it got. */
	public interface Progress {

		/**
		 * @param done steps (rows, …) done
		 * @param total of how many, or 0 when unknown
		 * @param step what it does now, or {@code null}
		 */
		void reached(long done, long total, String step);

		/**
		 * Keeps what the job made (a file), to be fetched once it is done through any
		 * server ({@link JobQueue#output}).
		 */
		void keep(byte[] output);

	}

	/** How often a running job's heart beats, and the queue is swept of dead jobs. */
	static final long BEAT = 2_000;

	/** Beats between two sweeps of old job outputs (five minutes). */
	private static final long OUTPUTS_SWEPT_EVERY = 150;

	private static final long PROGRESS_EVERY_NANOS = 500_000_000L;

	/**
	 * How long a stopping server lets its running job finish: the graceful shutdown's
	 * time.
	 */
	static final java.time.Duration LET_FINISH = java.time.Duration.ofSeconds(15);

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	private final JobQueue queue;

	private final Map<String, Handler> handlers;

	/** The kinds of job queued again once when their server died. */
	private final java.util.Set<String> retried;

	private final String node = UUID.randomUUID().toString();

	private final Semaphore wake = new Semaphore(0);

	private volatile boolean running;

	private Thread worker;

	/** The job this server runs now, or {@code null}. */
	private volatile JobQueue.StoredJob current;

	private Thread heart;

	JobRunner(JobQueue queue, List<Handler> handlers) {
		this.queue = queue;
		this.handlers = handlers.stream().collect(Collectors.toMap(Handler::kind, Function.identity()));
		this.retried = handlers.stream()
			.filter(Handler::safeToRetry)
			.map(Handler::kind)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * A job was queued on this server: look at once rather than at the next second (once
	 * its transaction committed: before, the claim would not see it). Another server's
	 * jobs are found at the next look.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void queued(JobQueue.JobQueued job) {
		wake.release();
	}

	@Override
	public void start() {
		running = true;
		worker = daemon("job-runner", this::work);
		heart = daemon("job-heart", this::beat);
	}

	/**
	 * Stops claiming jobs and lets the running one finish for {@link #LET_FINISH}; one
	 * that does not is handed back to the queue (another server, or this one when it
	 * starts again, runs it from the start).
	 */
	@Override
	public void stop() {
		running = false;
		wake.release();
		try {
			worker.join(LET_FINISH.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		JobQueue.StoredJob unfinished = current;
		if (worker.isAlive() && unfinished != null) {
			log.warn("Job {} ({}) did not finish before this server stopped; handed back to the queue", unfinished.id(),
					unfinished.kind());
			queue.handBack(unfinished.id(), node);
		}
		heart.interrupt();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void work() {
		while (running) {
			try {
				Optional<JobQueue.StoredJob> claimed = queue.claim(List.copyOf(handlers.keySet()), node);
				if (claimed.isPresent()) {
					run(claimed.get());
				}
				else {
					wake.tryAcquire(1, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Could not claim a job; trying again in a second", ex);
				sleep(1000);
			}
		}
	}

	private void run(JobQueue.StoredJob job) {
		log.info("Job {} ({}) runs on this server", job.id(), job.kind());
		current = job;
		long[] reached = { 0 };
		long[] toldAt = { 0 };
		try {
			String result = handlers.get(job.kind()).run(job, new Progress() {

				@Override
				public void reached(long done, long total, String step) {
					reached[0] = done;
					// Twice a second is enough for a progress bar.
					if (System.nanoTime() - toldAt[0] > PROGRESS_EVERY_NANOS) {
						toldAt[0] = System.nanoTime();
						queue.progress(job.id(), node, done, total, step);
					}
				}

				@Override
				public void keep(byte[] output) {
					queue.keepOutput(job.id(), node, output);
				}

			});
			queue.finish(job.id(), node, JobQueue.State.DONE, reached[0], result, null);
		}
		catch (Exception ex) {
			log.warn("Job {} ({}) failed", job.id(), job.kind(), ex);
			// Never the database's own words: they can quote SQL and stored values.
			String why = ex instanceof DataAccessException ? "the database refused it" : ex.getMessage();
			if (running) {
				queue.finish(job.id(), node, JobQueue.State.FAILED, reached[0], null, why);
			}
		}
	}

	private void beat() {
		long beats = 0;
		while (running) {
			try {
				queue.beat(node);
				// Outputs older than a day go, looked for every few minutes.
				if (beats++ % OUTPUTS_SWEPT_EVERY == 0) {
					queue.dropOldOutputs();
				}
				for (JobQueue.StoredJob dead : queue.interruptSilent(retried)) {
					log.warn("Job {} ({}) was interrupted: the server running it stopped", dead.id(), dead.kind());
					Handler handler = handlers.get(dead.kind());
					if (handler != null) {
						handler.interrupted(dead);
					}
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not beat the running job's heart; trying again", ex);
			}
			if (!sleep(BEAT)) {
				return;
			}
		}
	}

	private static boolean sleep(long millis) {
		try {
			Thread.sleep(millis);
			return true;
		}
		catch (InterruptedException ex) {
			return false;
		}
	}

	private static Thread daemon(String name, Runnable task) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

}
