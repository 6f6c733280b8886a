package org.bluehelmet.performance;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.YearMonth;

import org.bluehelmet.audit.Export;
import org.bluehelmet.system.Months;
import org.bluehelmet.language.AskedLanguage;
import org.bluehelmet.text.Language;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly report: PDF, HTML, and its annex as CSV, made during the request (for
 * scripts) or as a job (for the browser).
 */
@RestController
@RequestMapping("/api/v1/missions/{missionId}/reports")
class ReportController {

	private final MonthlyReportService reports;

	private final ReportJobs jobs;

	ReportController(MonthlyReportService reports, ReportJobs jobs) {
		this.reports = reports;
		this.jobs = jobs;
	}

	@Export
	@GetMapping("/monthly.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String missionId, @RequestParam(required = false) String month,
			@AskedLanguage Language language) {
		YearMonth m = month(missionId, month);
		return file(reports.pdf(reports.build(missionId, m, language)), MediaType.APPLICATION_PDF,
				name(missionId, m) + ".pdf");
	}

	@Export
	@GetMapping("/monthly.html")
	ResponseEntity<String> html(@PathVariable String missionId, @RequestParam(required = false) String month,
			@AskedLanguage Language language) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(reports.html(reports.build(missionId, month(missionId, month), language)));
	}

	@Export
	@GetMapping("/monthly.csv")
	ResponseEntity<byte[]> csv(@PathVariable String missionId, @RequestParam(required = false) String month,
			@AskedLanguage Language language) {
		YearMonth m = month(missionId, month);
		return file(reports.annexCsv(reports.build(missionId, m, language)).getBytes(StandardCharsets.UTF_8),
				new MediaType("text", "csv", StandardCharsets.UTF_8), name(missionId, m) + "-annex.csv");
	}

	/**
	 * A report made in the background (as the browser asks for it): 202 and the job, to
	 * follow by polling and fetch through any server once done.
	 */
	@PostMapping("/jobs")
	ResponseEntity<ReportJob> start(@PathVariable String missionId, @RequestParam String format,
			@RequestParam(required = false) String month, @AskedLanguage Language language, Principal user) {
		ReportJob job = jobs.start(missionId, format, month(missionId, month), language, user.getName());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/missions/" + missionId + "/reports/jobs/" + job.id()))
			.body(job);
	}

	@GetMapping("/jobs/{jobId}")
	ReportJob job(@PathVariable String missionId, @PathVariable String jobId) {
		return jobs.find(missionId, jobId);
	}

	/** A done report's file: an export, audited as the report itself. */
	@Export
	@GetMapping("/jobs/{jobId}/file")
	ResponseEntity<InputStreamResource> jobFile(@PathVariable String missionId, @PathVariable String jobId) {
		ReportJobs.ReportFile file = jobs.file(missionId, jobId);
		return ResponseEntity.ok()
			.contentType(file.type())
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.name() + "\"")
			.body(new InputStreamResource(file.bytes()));
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(body);
	}

	private static String name(String missionId, YearMonth month) {
		return missionId + "-report-" + month;
	}

	/**
	 * The month asked for, or by default the last complete month the mission's data cover
	 * (as the Performance page).
	 */
	private YearMonth month(String missionId, String month) {
		return month == null || month.isBlank() ? reports.latestMonth(missionId) : Months.parse("month", month);
	}

}
