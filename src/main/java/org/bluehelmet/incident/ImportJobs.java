package org.bluehelmet.incident;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.PreDestroy;

import org.bluehelmet.system.JobBoard;
import org.slf4j.Logger;
import org.springframework.dao.DataAccessException;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports started from the browser, run one at a time on a background thread (the
 * embedded database writes one transaction at a time anyway) and followed by polling:
 * rows read while it runs, the report when done. The uploaded file is a temporary copy,
 * deleted when the job ends. The last {@value #KEPT} jobs are kept in memory; a restart
 * forgets them (the import record in the database stays).
 * <p>
 * Thread-safe.
 */
@Component
public class ImportJobs {

	static final int KEPT = 100;

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private final IncidentImport imports;

	private final JobBoard<ImportJob> jobs = new JobBoard<>("import job", "incident-import", KEPT, ImportJob::id,
			ImportJob::missionId, ImportJob::startedBy,
			job -> job.state() == ImportJob.State.QUEUED || job.state() == ImportJob.State.RUNNING);

	ImportJobs(IncidentImport imports) {
		this.imports = imports;
	}

	/**
	 * Queues the import of an uploaded file, which this takes over and deletes when done.
	 */
	public ImportJob start(String missionId, Path upload, String fileName, IncidentFormat format, boolean skipBadRows,
			String user) {
		ImportJob job = new ImportJob(UUID.randomUUID().toString(), missionId, fileName, user, Instant.now(),
				ImportJob.State.QUEUED, 0, null, null);
		try {
			jobs.submit(job, other -> false);
		}
		catch (RuntimeException refused) {
			delete(upload);
			throw refused;
		}
		jobs.run(() -> run(job, upload, format, skipBadRows));
		return job;
	}

	/**
	 * A job of the mission; 404 for another mission's job, as for one that does not
	 * exist.
	 */
	public ImportJob find(String missionId, String jobId) {
		return jobs.find(missionId, jobId);
	}

	private void run(ImportJob job, Path upload, IncidentFormat format, boolean skipBadRows) {
		put(with(job, ImportJob.State.RUNNING, 0, null, null));
		try (Reader reader = Files.newBufferedReader(upload, StandardCharsets.UTF_8)) {
			ImportReport report = imports.importFile(job.missionId(), reader, job.fileName(), format, skipBadRows,
					job.startedBy(), rows -> put(with(job, ImportJob.State.RUNNING, rows, null, null)));
			put(with(job, ImportJob.State.DONE, report.rowsRead(), report, null));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Import {} of {} failed", job.id(), job.fileName(), ex);
			// Never the database's own words: they can quote SQL and stored values.
			String why = ex instanceof DataAccessException ? "the database refused it" : ex.getMessage();
			put(with(job, ImportJob.State.FAILED, 0, null, "the import failed: " + why));
		}
		finally {
			delete(upload);
		}
	}

	private static ImportJob with(ImportJob job, ImportJob.State state, long rowsRead, ImportReport report,
			String error) {
		return new ImportJob(job.id(), job.missionId(), job.fileName(), job.startedBy(), job.startedAt(), state,
				rowsRead, report, error);
	}

	private void put(ImportJob job) {
		jobs.put(job);
	}

	@PreDestroy
	void stop() {
		jobs.stop();
	}

	private static void delete(Path upload) {
		try {
			Files.deleteIfExists(upload);
		}
		catch (IOException ex) {
			log.warn("Could not delete the uploaded file {}", upload, ex);
		}
	}

}
