package org.bluehelmet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.bluehelmet.text.Language;
import org.bluehelmet.text.Messages;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The job queue every server shares: bounded per person and per mission (issue 14,
 * finding 6), the same work answered with the job under way, jobs claimed oldest first
 * and once, files kept whole in parts, and jobs whose heart stopped interrupted.
 */
class JobQueueTest {

	@TempDir
	Path folder;

	private JdbcClient jdbc;

	private JobQueue queue;

	@BeforeEach
	void emptyDatabase() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(
				"jdbc:h2:mem:" + folder.getFileName() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
		dataSource.setUser("sa");
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.load()
			.migrate();
		jdbc = JdbcClient.create(dataSource);
		DatabaseKind database = new DatabaseKind(new JdbcTemplate(dataSource));
		queue = new JobQueue(jdbc, new ServerLock(jdbc, database), new JobFiles(jdbc), event -> {
		});
	}

	@Test
	void refusesAThirdJobOfOnePersonWhileTwoAreUnderWay() {
		JobQueue.StoredJob first = queue.submit("test", "m", "viewer", "{\"n\":1}", null);
		queue.submit("test", "m", "viewer", "{\"n\":2}", null);
		assertThatThrownBy(() -> queue.submit("test", "m", "viewer", "{\"n\":3}", null))
			.isInstanceOf(TooManyJobsException.class)
			.hasMessageContaining("you have 2 test jobs under way");
		assertThat(queue.claim(List.of("test"), "node").orElseThrow().id()).isEqualTo(first.id());
		queue.finish(first.id(), "node", JobQueue.State.DONE, 1, "{}", null);
		assertThat(queue.submit("test", "m", "viewer", "{\"n\":3}", null).state()).isEqualTo(JobQueue.State.QUEUED);
	}

	@Test
	void refusesAJobOfAMissionWithFourUnderWay() {
		for (int i = 0; i < JobQueue.PER_MISSION; i++) {
			queue.submit("test", "busy", "user" + i, "{\"n\":" + i + "}", null);
		}
		assertThatThrownBy(() -> queue.submit("test", "busy", "someone", "{}", null))
			.isInstanceOf(TooManyJobsException.class)
			.hasMessageContaining("the mission has 4");
		assertThat(queue.submit("test", "calm", "someone", "{}", null).missionId()).isEqualTo("calm");
	}

	@Test
	void answersTheSameWorkWithTheJobUnderWayEvenAtTheLimit() {
		queue.submit("test", "m", "analyst", "{\"n\":1}", null);
		JobQueue.StoredJob second = queue.submit("test", "m", "analyst", "{\"n\":2}", null);
		assertThat(queue.submit("test", "m", "analyst", "{\"n\":2}", null).id()).isEqualTo(second.id());
	}

	@Test
	void claimsTheOldestQueuedJobOnceAndOnlyOfKindsItRuns() {
		JobQueue.StoredJob older = queue.submit("import", "m", "a", "{\"file\":1}", null);
		JobQueue.StoredJob newer = queue.submit("import", "m", "b", "{\"file\":2}", null);
		assertThat(queue.claim(List.of("backtest"), "node")).isEmpty();
		assertThat(queue.claim(List.of("import"), "node").orElseThrow().id()).isEqualTo(older.id());
		assertThat(queue.claim(List.of("import"), "node").orElseThrow().id()).isEqualTo(newer.id());
		assertThat(queue.claim(List.of("import"), "node")).isEmpty();
		assertThat(queue.find("import", "m", older.id()).state()).isEqualTo(JobQueue.State.RUNNING);
		assertThatThrownBy(() -> queue.find("import", "other-mission", older.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> queue.find("backtest", "m", older.id())).isInstanceOf(NotFoundException.class)
			.hasMessageContaining("backtest job");
	}

	@Test
	void keepsAnUploadedFileWholeInPartsUntilItsJobEnds() throws Exception {
		byte[] bytes = new byte[JobFiles.PART * 2 + 12345];
		new Random(7).nextBytes(bytes);
		Path file = Files.write(folder.resolve("upload.csv"), bytes);
		JobQueue.StoredJob job = queue.submit("import", "m", "a", "{}", file);
		try (var in = queue.file(job.id())) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
		queue.claim(List.of("import"), "node");
		queue.finish(job.id(), "node", JobQueue.State.DONE, 3, "{}", null);
		try (var in = queue.file(job.id())) {
			assertThat(in.readAllBytes()).isEmpty();
		}
	}

	@Test
	void keepsWhatAJobMadeWholeForADayAfterItEndsAndOnlyFromTheServerRunningIt() throws Exception {
		byte[] report = new byte[JobFiles.PART + 999];
		new Random(11).nextBytes(report);
		JobQueue.StoredJob job = queue.submit("report", "m", "a", "{}", null);
		queue.claim(List.of("report"), "node");
		queue.keepOutput(job.id(), "another node", new byte[] { 1, 2, 3 });
		assertThat(queue.output(job.id())).isEmpty();
		queue.keepOutput(job.id(), "node", report);
		queue.finish(job.id(), "node", JobQueue.State.DONE, 2, "{}", null);
		try (var in = queue.output(job.id()).orElseThrow()) {
			assertThat(in.readAllBytes()).isEqualTo(report);
		}
		assertThat(queue.dropOldOutputs()).isZero();
		jdbc.sql("UPDATE job SET finished_at = ? WHERE id = ?")
			.params(java.sql.Timestamp.from(java.time.Instant.now().minus(JobQueue.KEEP_OUTPUT).minusSeconds(60)),
					job.id())
			.update();
		assertThat(queue.dropOldOutputs()).isEqualTo(2);
		assertThat(queue.output(job.id())).isEmpty();
	}

	@Test
	void aJobHandedBackByAStoppingServerIsClaimedByAnotherAndOnlyItsEndCounts() throws Exception {
		Path file = Files.write(folder.resolve("upload.csv"), new byte[] { 1, 2, 3 });
		JobQueue.StoredJob job = queue.submit("import", "m", "a", "{}", file);
		queue.claim(List.of("import"), "stopping");
		queue.handBack(job.id(), "stopping");
		assertThat(queue.find("import", "m", job.id()).state()).isEqualTo(JobQueue.State.QUEUED);
		assertThat(queue.claim(List.of("import"), "other").orElseThrow().id()).isEqualTo(job.id());
		// The stopping server's late word changes nothing; the file waits for the
		// other's.
		queue.finish(job.id(), "stopping", JobQueue.State.FAILED, 0, null, "cut short");
		assertThat(queue.find("import", "m", job.id()).state()).isEqualTo(JobQueue.State.RUNNING);
		try (var in = queue.file(job.id())) {
			assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
		}
		queue.finish(job.id(), "other", JobQueue.State.DONE, 3, "{}", null);
		assertThat(queue.find("import", "m", job.id()).state()).isEqualTo(JobQueue.State.DONE);
	}

	@Test
	void interruptsARunningJobWhoseHeartStopped() {
		JobQueue.StoredJob alive = queue.submit("import", "m", "a", "{\"file\":1}", null);
		JobQueue.StoredJob dead = queue.submit("import", "m", "b", "{\"file\":2}", null);
		queue.claim(List.of("import"), "node-alive");
		queue.claim(List.of("import"), "node-dead");
		jdbc.sql("UPDATE job SET heartbeat_at = DATEADD('SECOND', -16, CURRENT_TIMESTAMP) WHERE node = 'node-dead'")
			.update();
		queue.beat("node-alive");
		assertThat(queue.interruptSilent()).extracting(JobQueue.StoredJob::id).containsExactly(dead.id());
		assertThat(queue.find("import", "m", dead.id()).state()).isEqualTo(JobQueue.State.INTERRUPTED);
		assertThat(queue.find("import", "m", alive.id()).state()).isEqualTo(JobQueue.State.RUNNING);
		assertThat(queue.interruptSilent()).isEmpty();
	}

	@Test
	void aJobThatOnlyReadsIsQueuedAgainOnceWhenItsServerDiesThenLeftInterrupted() {
		JobQueue.StoredJob report = queue.submit("report", "m", "a", "{}", null);
		for (int attempt = 1; attempt <= JobQueue.MOST_ATTEMPTS; attempt++) {
			assertThat(queue.claim(List.of("report"), "node-" + attempt).orElseThrow().id()).isEqualTo(report.id());
			jdbc.sql("UPDATE job SET heartbeat_at = DATEADD('SECOND', -16, CURRENT_TIMESTAMP) WHERE id = ?")
				.param(report.id())
				.update();
			List<JobQueue.StoredJob> interrupted = queue.interruptSilent(java.util.Set.of("report"));
			if (attempt < JobQueue.MOST_ATTEMPTS) {
				assertThat(interrupted).isEmpty();
				assertThat(queue.find("report", "m", report.id()).state()).isEqualTo(JobQueue.State.QUEUED);
			}
			else {
				assertThat(interrupted).extracting(JobQueue.StoredJob::id).containsExactly(report.id());
				assertThat(queue.find("report", "m", report.id()).state()).isEqualTo(JobQueue.State.INTERRUPTED);
			}
		}
		assertThat(queue.claim(List.of("report"), "node-3")).isEmpty();
	}

	@Test
	void aJobEndedWithoutAResultSaysWhyInTheReadersLanguageForEveryKind() {
		Messages messages = Messages.bundled();
		for (String kind : List.of("import", "report", "backtest")) {
			JobQueue.StoredJob failed = new JobQueue.StoredJob("j", kind, "minusma", "admin", java.time.Instant.now(),
					JobQueue.State.FAILED, "{}", 0, 0, null, null, "no months before the origin");
			JobQueue.StoredJob interrupted = new JobQueue.StoredJob("j", kind, "minusma", "admin",
					java.time.Instant.now(), JobQueue.State.INTERRUPTED, "{}", 0, 0, null, null,
					"the server running it stopped");
			for (Language language : List.of(Language.ENGLISH, Language.FRENCH)) {
				assertThat(messages.format(language, failed.shownError())).as(kind + " " + language)
					.contains("no months before the origin")
					.doesNotContain("job.failed");
				assertThat(messages.format(language, interrupted.shownError())).as(kind + " " + language)
					.doesNotContain("job.interrupted");
			}
			assertThat(messages.format(Language.FRENCH, interrupted.shownError())).contains("interrompu");
		}
		JobQueue.StoredJob unexplained = new JobQueue.StoredJob("j", "import", "minusma", "admin",
				java.time.Instant.now(), JobQueue.State.FAILED, "{}", 0, 0, null, null, null);
		assertThat(messages.format(Language.FRENCH, unexplained.shownError())).contains("erreur inattendue")
			.doesNotContain("null");
		JobQueue.StoredJob done = new JobQueue.StoredJob("j", "report", "minusma", "admin", java.time.Instant.now(),
				JobQueue.State.DONE, "{}", 2, 2, null, "{}", null);
		assertThat(done.shownError()).isNull();
	}

}
