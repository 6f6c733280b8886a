package org.bluehelmet.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Long jobs of one kind started from the browser (imports, backtests): run one at a time
 * on a background thread of their own and followed by polling. A job is an immutable
 * value replaced as it progresses; the last {@code kept} are held in memory, so a restart
 * forgets them.
 * <p>
 * Thread-safe.
 *
 * @param <J> the job's type
 */
public final class JobBoard<J> {

	private final String kind;

	private final Function<J, String> idOf;

	private final Function<J, String> missionOf;

	private final ExecutorService executor;

	private final Map<String, J> jobs;

	private final Function<J, String> userOf;

	private final Predicate<J> underWay;

	/** Jobs one person may have queued or running at once. */
	public static final int PER_USER = 2;

	/** Jobs of one kind one mission may have queued or running at once. */
	public static final int PER_MISSION = 4;

	/**
	 * @param kind what the jobs are, as a 404 names them ("import job")
	 * @param thread the name of the thread they run on
	 * @param kept how many jobs are remembered
	 * @param idOf a job's id
	 * @param missionOf the mission a job belongs to
	 * @param userOf who started a job
	 * @param underWay whether a job is queued or running (counts against the limits)
	 */
	public JobBoard(String kind, String thread, int kept, Function<J, String> idOf, Function<J, String> missionOf,
			Function<J, String> userOf, Predicate<J> underWay) {
		this.kind = kind;
		this.userOf = userOf;
		this.underWay = underWay;
		this.idOf = idOf;
		this.missionOf = missionOf;
		this.executor = Executors.newSingleThreadExecutor(runnable -> {
			Thread worker = new Thread(runnable, thread);
			worker.setDaemon(true);
			return worker;
		});
		this.jobs = new LinkedHashMap<>() {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, J> eldest) {
				return size() > kept;
			}
		};
	}

	/** Records a job's new state. */
	public J put(J job) {
		synchronized (jobs) {
			jobs.put(idOf.apply(job), job);
		}
		return job;
	}

	/**
	 * Records a new job unless one that {@code same} accepts is already there, which is
	 * returned instead; checked and recorded at once. Refused when its user has
	 * {@value #PER_USER} jobs under way, or its mission {@value #PER_MISSION}: one person
	 * queued 78 backtests (an hour of CPU) in seconds.
	 * @throws TooManyJobsException when a limit is reached
	 */
	public J submit(J job, Predicate<J> same) {
		synchronized (jobs) {
			for (J other : jobs.values()) {
				if (same.test(other)) {
					return other;
				}
			}
			long byUser = jobs.values()
				.stream()
				.filter(underWay)
				.filter(other -> userOf.apply(other).equals(userOf.apply(job)))
				.count();
			if (byUser >= PER_USER) {
				throw new TooManyJobsException("you have " + byUser + " " + kind + "s under way; wait for one to end");
			}
			long byMission = jobs.values()
				.stream()
				.filter(underWay)
				.filter(other -> missionOf.apply(other).equals(missionOf.apply(job)))
				.count();
			if (byMission >= PER_MISSION) {
				throw new TooManyJobsException(
						"the mission has " + byMission + " " + kind + "s under way; wait for one to end");
			}
			return put(job);
		}
	}

	/**
	 * A job of the mission; 404 for another mission's job, as for one that does not
	 * exist.
	 */
	public J find(String missionId, String jobId) {
		J job;
		synchronized (jobs) {
			job = jobs.get(jobId);
		}
		if (job == null || !missionOf.apply(job).equals(missionId)) {
			throw new NotFoundException(kind, jobId);
		}
		return job;
	}

	/** Runs work after the jobs queued before it. */
	public void run(Runnable work) {
		executor.execute(work);
	}

	/** Stops the running job's thread (at shutdown). */
	public void stop() {
		executor.shutdownNow();
	}

}
