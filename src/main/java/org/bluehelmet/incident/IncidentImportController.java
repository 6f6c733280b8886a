package org.bluehelmet.incident;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.system.UploadedFiles;
import org.bluehelmet.text.Phrase;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Importing a file of incidents into a mission: at once, or as a job to follow. */
@RestController
@RequestMapping("/api/v1/missions/{missionId}")
class IncidentImportController {

	private final IncidentImport imports;

	private final ImportJobs jobs;

	IncidentImportController(IncidentImport imports, ImportJobs jobs) {
		this.imports = imports;
		this.jobs = jobs;
	}

	/**
	 * Imports a file. By default the answer waits for the import: 201 with the report
	 * when stored, 400 with every bad row when rejected. With {@code wait=false} (the
	 * browser's way) the file is imported in the background: 202 with the job, to follow
	 * at its {@code Location}.
	 */
	@PostMapping(path = "/incidents/imports", consumes = "multipart/form-data")
	ResponseEntity<?> importFile(@PathVariable String missionId, @RequestParam MultipartFile file,
			@RequestParam(defaultValue = "UCDP") IncidentFormat format,
			@RequestParam(defaultValue = "false") boolean skipBadRows,
			@RequestParam(defaultValue = "true") boolean wait, Principal user) throws IOException {
		if (file.isEmpty()) {
			throw new InvalidInputException("file", Phrase.of("problem.file.empty"));
		}
		String name = UploadedFiles.name(file);
		if (!wait) {
			ImportJob job = jobs.start(missionId, file, name, format, skipBadRows, user.getName());
			return ResponseEntity.accepted()
				.location(URI.create("/api/v1/missions/" + missionId + "/incidents/imports/jobs/" + job.id()))
				.body(job);
		}
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			ImportReport report = imports.importFile(missionId, reader, name, format, skipBadRows, user.getName(),
					rows -> {
					});
			HttpStatus status = report.status() == ImportReport.Status.STORED ? HttpStatus.CREATED
					: HttpStatus.BAD_REQUEST;
			return ResponseEntity.status(status).body(report);
		}
	}

	@GetMapping("/incidents/imports/jobs/{jobId}")
	ImportJob importJob(@PathVariable String missionId, @PathVariable String jobId) {
		return jobs.find(missionId, jobId);
	}

}
