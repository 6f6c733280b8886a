package org.bluehelmet.warning;

import java.net.URI;
import java.security.Principal;
import java.time.YearMonth;
import java.util.List;

import org.bluehelmet.audit.Export;
import org.bluehelmet.system.Months;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Risk per cell and alerts for a mission (attacks on civilians), over HTTP. */
@RestController
@RequestMapping("/api/v1/missions/{missionId}/warning")
class WarningController {

	private final WarningService warning;

	private final BacktestJobs jobs;

	WarningController(WarningService warning, BacktestJobs jobs) {
		this.warning = warning;
		this.jobs = jobs;
	}

	/**
	 * Per cell: the chance of at least one attack on civilians {@code ahead} months after
	 * the origin.
	 */
	@GetMapping("/risk")
	List<WarningService.CellRisk> risk(@PathVariable String missionId, @RequestParam(required = false) String origin,
			@RequestParam(defaultValue = "1") int ahead) {
		return warning.risk(missionId, origin(missionId, origin), ahead);
	}

	@GetMapping("/alerts")
	List<Alert> alerts(@PathVariable String missionId, @RequestParam(required = false) String origin,
			@RequestParam(defaultValue = "0.1") double threshold, @RequestParam(defaultValue = "100") double reachKm) {
		return warning.alerts(missionId, origin(missionId, origin), threshold, reachKm);
	}

	/** One alert as an OASIS CAP 1.2 message. */
	@Export
	@GetMapping("/alerts/{gid}.cap")
	ResponseEntity<String> cap(@PathVariable String missionId, @PathVariable int gid,
			@RequestParam(required = false) String origin, @RequestParam(defaultValue = "0.1") double threshold,
			@RequestParam(defaultValue = "100") double reachKm) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"alert-" + gid + ".cap.xml\"")
			.body(warning.cap(missionId, origin(missionId, origin), gid, threshold, reachKm));
	}

	/** One cell's last three years and its forecast for the next twelve months. */
	@GetMapping("/cells/{gid}")
	WarningService.CellOutlook cell(@PathVariable String missionId, @PathVariable int gid,
			@RequestParam(required = false) String origin) {
		return warning.cellOutlook(missionId, origin(missionId, origin), gid);
	}

	/**
	 * The backtest on the stored incidents (every model and baseline, per horizon and
	 * overall; by default the three origins a year apart whose twelve months ahead the
	 * incidents cover) as a job followed by polling, with its progress: 202 and the job
	 * (done at once when the incidents have not changed since it last ran). Never run on
	 * the request's thread: it trains the learned model once per origin.
	 */
	@PostMapping("/backtest/jobs")
	ResponseEntity<BacktestJob> startBacktest(@PathVariable String missionId,
			@RequestParam(defaultValue = "civilian-attacks") String target,
			@RequestParam(required = false) List<String> origins, @RequestParam(defaultValue = "12") int horizon,
			Principal user) {
		BacktestJob job = jobs.start(missionId, ForecastTarget.parse(target), origins(missionId, origins, horizon),
				horizon, user.getName());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/missions/" + missionId + "/warning/backtest/jobs/" + job.id()))
			.body(job);
	}

	@GetMapping("/backtest/jobs/{jobId}")
	BacktestJob backtestJob(@PathVariable String missionId, @PathVariable String jobId) {
		return jobs.find(missionId, jobId);
	}

	/**
	 * The origins asked for, or by default the three a year apart whose months ahead the
	 * incidents cover.
	 */
	private List<YearMonth> origins(String missionId, List<String> origins, int horizon) {
		if (origins == null || origins.isEmpty()) {
			YearMonth last = warning.latestOrigin(missionId).minusMonths(horizon);
			return List.of(last.minusYears(2), last.minusYears(1), last);
		}
		return origins.stream().map(o -> origin(missionId, o)).toList();
	}

	private YearMonth origin(String missionId, String origin) {
		if (origin == null || origin.isBlank()) {
			return warning.latestOrigin(missionId);
		}
		return Months.parse("origin", origin);
	}

}
