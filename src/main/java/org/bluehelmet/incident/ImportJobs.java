package org.bluehelmet.incident;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.bluehelmet.mission.MissionService;
import org.bluehelmet.system.JobQueue;
import org.bluehelmet.system.JobRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports started from the browser: queued in the database with their file
 * ({@link JobQueue}), run by the first free server and followed by polling any server:
 * rows read while it runs, the report when done. An import whose server died is marked
 * INTERRUPTED by another (nothing of it is stored: an import is one transaction); it is
 * not started again on its own, since the person who started it decides.
 * <p>
 * Thread-safe.
 */
@Component
class ImportJobs implements JobRunner.Handler {

	static final String KIND = "import";

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	/** Reports as stored: phrases as their key and values (no language yet). */
	private static final JsonMapper JSON = JobQueue.JSON;

	private final IncidentImport imports;

	private final JobQueue queue;

	private final ImportRecovery recovery;

	private final MissionService missions;

	ImportJobs(IncidentImport imports, JobQueue queue, ImportRecovery recovery, MissionService missions) {
		this.imports = imports;
		this.queue = queue;
		this.recovery = recovery;
		this.missions = missions;
	}

	/** What an import job was asked to do. */
	record Parameters(String fileName, IncidentFormat format, boolean skipBadRows) {
	}

	/**
	 * Queues the import of an uploaded file, stored with the job. An unknown mission is
	 * refused (404) before the upload is read: nothing is copied or queued for it.
	 */
	public ImportJob start(String missionId, InputStreamSource file, String fileName, IncidentFormat format,
			boolean skipBadRows, String user) throws IOException {
		missions.mission(missionId);
		Path upload = Files.createTempFile("bluehelmet-upload", ".csv");
		try {
			try (InputStream in = file.getInputStream()) {
				Files.copy(in, upload, StandardCopyOption.REPLACE_EXISTING);
			}
			JobQueue.StoredJob job = queue.submit(KIND, missionId, user,
					JSON.writeValueAsString(new Parameters(fileName, format, skipBadRows)), upload);
			return view(job);
		}
		finally {
			delete(upload);
		}
	}

	/**
	 * A job of the mission; 404 for another mission's job, as for one that does not
	 * exist.
	 */
	public ImportJob find(String missionId, String jobId) {
		return view(queue.find(KIND, missionId, jobId));
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public String run(JobQueue.StoredJob job, JobRunner.Progress progress) throws IOException {
		Parameters asked = JSON.readValue(job.parameters(), Parameters.class);
		try (Reader reader = new InputStreamReader(queue.file(job.id()), StandardCharsets.UTF_8)) {
			ImportReport report = imports.importFile(job.missionId(), reader, asked.fileName(), asked.format(),
					asked.skipBadRows(), job.startedBy(), rows -> progress.reached(rows, 0, null));
			progress.reached(report.rowsRead(), 0, null);
			return JSON.writeValueAsString(report);
		}
	}

	/** Marks the dead server's import interrupted (its rows were never committed). */
	@Override
	public void interrupted(JobQueue.StoredJob job) {
		recovery.recoverAbandoned();
	}

	private static ImportJob view(JobQueue.StoredJob job) {
		ImportReport report = job.result() == null ? null : JSON.readValue(job.result(), ImportReport.class);
		return new ImportJob(job.id(), job.missionId(), parameters(job).fileName(), job.startedBy(), job.createdAt(),
				ImportJob.State.valueOf(job.state().name()), job.progress(), report, job.shownError());
	}

	private static Parameters parameters(JobQueue.StoredJob job) {
		return JSON.readValue(job.parameters(), Parameters.class);
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
