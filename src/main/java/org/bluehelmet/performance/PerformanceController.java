package org.bluehelmet.performance;

import java.security.Principal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.bluehelmet.incident.IncidentCategory;
import org.bluehelmet.system.Months;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Performance indicators and the dashboard. */
@RestController
@RequestMapping("/api/v1/missions/{missionId}/indicators")
class PerformanceController {

	private final IndicatorService indicators;

	PerformanceController(IndicatorService indicators) {
		this.indicators = indicators;
	}

	/** What a measure is, for the form that defines an indicator. */
	record MeasureInfo(Measure measure, String unit, String definition, boolean takesSector, boolean takesCategories) {
	}

	/** The measures an indicator can be built from, and the incident categories. */
	record Measures(List<MeasureInfo> measures, List<IncidentCategory> categories) {
	}

	@GetMapping("/measures")
	Measures measures(@PathVariable String missionId) {
		return new Measures(Arrays.stream(Measure.values())
			.map(m -> new MeasureInfo(m, m.unit(), m.definition(), m.takesSector(), m.takesCategories()))
			.toList(), List.of(IncidentCategory.values()));
	}

	@GetMapping
	List<Indicator> all(@PathVariable String missionId) {
		return indicators.all(missionId);
	}

	@PostMapping
	ResponseEntity<Indicator> create(@PathVariable String missionId, @RequestBody NewIndicator indicator,
			Principal user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(indicators.create(missionId, indicator, user.getName()));
	}

	@DeleteMapping("/{indicatorId}")
	ResponseEntity<Void> delete(@PathVariable String missionId, @PathVariable long indicatorId, Principal user) {
		indicators.delete(missionId, indicatorId, user.getName());
		return ResponseEntity.noContent().build();
	}

	/**
	 * Every indicator over the months up to {@code month} (default: the last month with
	 * an incident): series, baseline, status, change since the month before, sectors.
	 */
	@GetMapping("/dashboard")
	List<IndicatorSeries> dashboard(@PathVariable String missionId, @RequestParam(required = false) String month,
			@RequestParam(defaultValue = "12") int months) {
		return indicators.dashboard(missionId, month(missionId, month), months);
	}

	private YearMonth month(String missionId, String month) {
		if (month == null || month.isBlank()) {
			return indicators.latestMonth(missionId);
		}
		return Months.parse("month", month);
	}

}
