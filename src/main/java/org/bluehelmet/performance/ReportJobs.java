package org.bluehelmet.performance;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Locale;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.system.JobQueue;
import org.bluehelmet.system.JobRunner;
import org.bluehelmet.system.NotFoundException;
import org.bluehelmet.text.Language;
import org.bluehelmet.text.Phrase;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Monthly reports made in the background: a report trains a forecast and draws a map
 * (seconds), so the browser's report is a job queued in the database ({@link JobQueue}),
 * made by the first free server and fetched, once done, through any server. The file is
 * kept for {@link JobQueue#KEEP_OUTPUT}. The same report asked for again while it is
 * being made is the same job. Bad input is refused before a job is queued.
 */
@Component
class ReportJobs implements JobRunner.Handler {

	static final String KIND = "report";

	private static final JsonMapper JSON = JobQueue.JSON;

	private final MonthlyReportService reports;

	private final JobQueue queue;

	ReportJobs(MonthlyReportService reports, JobQueue queue) {
		this.reports = reports;
		this.queue = queue;
	}

	/** The report's file formats, with their media types and file endings. */
	enum Format {

		PDF(MediaType.APPLICATION_PDF, ".pdf"),
		HTML(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8), ".html"),
		CSV(new MediaType("text", "csv", StandardCharsets.UTF_8), "-annex.csv");

		final MediaType type;

		final String ending;

		Format(MediaType type, String ending) {
			this.type = type;
			this.ending = ending;
		}

		static Format parse(String format) {
			for (Format f : values()) {
				if (f.name().equalsIgnoreCase(format == null ? "" : format.strip())) {
					return f;
				}
			}
			throw new InvalidInputException("format",
					Phrase.of("problem.report.format", "format", Phrase.verbatim(String.valueOf(format))));
		}

	}

	/** What a report job was asked to make. */
	record Parameters(String format, String month, String language) {

		Format fileFormat() {
			return Format.parse(format);
		}

		String fileName(String missionId) {
			return missionId + "-report-" + month + fileFormat().ending;
		}

	}

	/**
	 * Queues a report, or answers with the same one being made; refuses a month to come
	 * or an unknown format at once.
	 */
	public ReportJob start(String missionId, String format, YearMonth month, Language language, String user) {
		Format fileFormat = Format.parse(format);
		reports.checkMonth(missionId, month);
		Parameters asked = new Parameters(fileFormat.name().toLowerCase(Locale.ROOT), month.toString(), language.tag());
		JobQueue.StoredJob job = queue.submit(KIND, missionId, user, JSON.writeValueAsString(asked), null);
		return view(job);
	}

	/**
	 * A job of the mission; 404 for another mission's job, as for one that does not
	 * exist.
	 */
	public ReportJob find(String missionId, String jobId) {
		return view(queue.find(KIND, missionId, jobId));
	}

	/** A done report's file, its name and type; 404 until it is done or once dropped. */
	public ReportFile file(String missionId, String jobId) {
		JobQueue.StoredJob job = queue.find(KIND, missionId, jobId);
		Parameters asked = JSON.readValue(job.parameters(), Parameters.class);
		InputStream bytes = job.state() != JobQueue.State.DONE ? null : queue.output(jobId).orElse(null);
		if (bytes == null) {
			throw new NotFoundException("report file", jobId);
		}
		return new ReportFile(asked.fileName(missionId), asked.fileFormat().type, bytes);
	}

	/** A report's file as it is sent. */
	public record ReportFile(String name, MediaType type, InputStream bytes) {
	}

	@Override
	public String kind() {
		return KIND;
	}

	/** A report only reads: one cut short by its server's death is made again. */
	@Override
	public boolean safeToRetry() {
		return true;
	}

	@Override
	public String run(JobQueue.StoredJob job, JobRunner.Progress progress) {
		Parameters asked = JSON.readValue(job.parameters(), Parameters.class);
		progress.reached(0, 2, "gathering the month's figures");
		Language language = Language.of(asked.language(), true).orElse(Language.ENGLISH);
		MonthlyReport report = reports.build(job.missionId(), YearMonth.parse(asked.month()), language);
		progress.reached(1, 2, "writing the " + asked.format());
		byte[] file = switch (asked.fileFormat()) {
			case PDF -> reports.pdf(report);
			case HTML -> reports.html(report).getBytes(StandardCharsets.UTF_8);
			case CSV -> reports.annexCsv(report).getBytes(StandardCharsets.UTF_8);
		};
		progress.keep(file);
		progress.reached(2, 2, "done");
		return "{}";
	}

	private static ReportJob view(JobQueue.StoredJob job) {
		Parameters asked = JSON.readValue(job.parameters(), Parameters.class);
		return new ReportJob(job.id(), job.missionId(), asked.format(), asked.month(), asked.language(),
				job.startedBy(), job.createdAt(), ReportJob.State.valueOf(job.state().name()), job.shownStep(),
				asked.fileName(job.missionId()), job.shownError());
	}

}
