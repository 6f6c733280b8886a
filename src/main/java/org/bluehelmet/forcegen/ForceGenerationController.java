package org.bluehelmet.forcegen;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bluehelmet.system.UploadedFiles;
import org.bluehelmet.system.CsvCells;
import org.bluehelmet.audit.Export;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Force generation over HTTP: requirements, pledges, steps, gaps, arrival forecast. */
@RestController
@RequestMapping("/api/v1/missions/{missionId}/forcegen")
class ForceGenerationController {

	static final int MAX_RUNS = 100_000;

	private final ForceGenerationService forceGeneration;

	ForceGenerationController(ForceGenerationService forceGeneration) {
		this.forceGeneration = forceGeneration;
	}

	@GetMapping("/requirements")
	List<Requirement> requirements(@PathVariable String missionId) {
		return forceGeneration.requirements(missionId);
	}

	/**
	 * A pledge as listed: with its {@code version}, which a change of step sends back (a
	 * change made meanwhile by someone else is refused, not overwritten).
	 */
	record ListedPledge(@com.fasterxml.jackson.annotation.JsonUnwrapped Pledge pledge, int version) {
	}

	@GetMapping("/pledges")
	List<ListedPledge> pledges(@PathVariable String missionId) {
		Map<Long, Integer> versions = forceGeneration.versions(missionId);
		return forceGeneration.pledges(missionId)
			.stream()
			.map(p -> new ListedPledge(p, versions.getOrDefault(p.id(), 0)))
			.toList();
	}

	/** A pledge as a client sends it: a {@link Pledge} without its id and mission. */
	record NewPledge(String reference, List<String> countries, Capability capability, int personnel, int women,
			String equipment, ReadinessLevel readiness, List<String> caveats, PledgeStage stage,
			Map<PledgeStage, LocalDate> reached, String sector, Long requirementId) {
	}

	@PostMapping("/pledges")
	ResponseEntity<Pledge> addPledge(@PathVariable String missionId, @RequestBody NewPledge pledge, Principal user) {
		Pledge stored = forceGeneration.addPledge(new Pledge(0, missionId, pledge.reference(),
				pledge.countries() == null ? List.of() : pledge.countries(), pledge.capability(), pledge.personnel(),
				pledge.women(), pledge.equipment(), pledge.readiness(),
				pledge.caveats() == null ? List.of() : pledge.caveats(), pledge.stage(),
				pledge.reached() == null ? Map.of() : pledge.reached(), pledge.sector(), pledge.requirementId()),
				user.getName());
		return ResponseEntity.created(URI.create("/api/v1/missions/" + missionId + "/forcegen/pledges/" + stored.id()))
			.body(stored);
	}

	record StepReached(int version, PledgeStage stage, LocalDate on) {
	}

	/** Records a step reached: {@code version} (as loaded), {@code stage}, {@code on}. */
	@PatchMapping("/pledges/{pledgeId}")
	Pledge reach(@PathVariable String missionId, @PathVariable long pledgeId, @RequestBody StepReached step,
			Principal user) {
		return forceGeneration.reach(missionId, pledgeId, step.version(), step.stage(), step.on(), user.getName());
	}

	/**
	 * How far the requirements issued by {@code asOf} are met by the pledges made for
	 * them; by default as of {@link #asOf}.
	 */
	@GetMapping("/fill")
	RequirementFill fill(@PathVariable String missionId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return forceGeneration.fill(missionId, asOf == null ? forceGeneration.defaultAsOf(missionId).asOf() : asOf);
	}

	/**
	 * The day the pages read force generation on unless told otherwise: today for a
	 * serving mission, the last month its data cover for a closed one.
	 */
	@GetMapping("/as-of")
	DefaultAsOf asOf(@PathVariable String missionId) {
		return forceGeneration.defaultAsOf(missionId);
	}

	@GetMapping("/gaps")
	List<CapabilityGap> gaps(@PathVariable String missionId) {
		return forceGeneration.gaps(missionId);
	}

	@GetMapping("/assumptions")
	PipelineAssumptions assumptions(@PathVariable String missionId) {
		return forceGeneration.assumptions(missionId);
	}

	@PutMapping("/assumptions/{step}")
	PipelineAssumptions setDuration(@PathVariable String missionId, @PathVariable String step,
			@RequestBody StageDuration duration, Principal user) {
		return forceGeneration.setDuration(missionId, step, duration, user.getName());
	}

	/**
	 * The requirements' cost at the rates given (defaults: {@link CostRates#defaults()}).
	 */
	@GetMapping("/cost")
	CostEstimate cost(@PathVariable String missionId, @RequestParam(required = false) Double personnelPerMonth,
			@RequestParam(required = false) Double equipmentPerPersonMonth) {
		CostRates defaults = CostRates.defaults();
		return forceGeneration
			.cost(missionId, new CostRates(personnelPerMonth == null ? defaults.personnelPerMonth() : personnelPerMonth,
					equipmentPerPersonMonth == null ? defaults.equipmentPerPersonMonth() : equipmentPerPersonMonth));
	}

	/**
	 * Requirements from a CSV file (the layout of {@code ForceGenerationCsv}); all or
	 * nothing.
	 */
	@PostMapping(path = "/requirements/imports", consumes = "multipart/form-data")
	ForceGenerationService.ImportCounts importRequirements(@PathVariable String missionId,
			@RequestParam MultipartFile file, Principal user) throws IOException {
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			return forceGeneration.importRequirements(missionId, reader, fileName(file), user.getName());
		}
	}

	/**
	 * Pledges from a CSV file (the layout of {@code ForceGenerationCsv}); all or nothing.
	 */
	@PostMapping(path = "/pledges/imports", consumes = "multipart/form-data")
	ForceGenerationService.ImportCounts importPledges(@PathVariable String missionId, @RequestParam MultipartFile file,
			Principal user) throws IOException {
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			return forceGeneration.importPledges(missionId, reader, fileName(file), user.getName());
		}
	}

	private static String fileName(MultipartFile file) {
		return UploadedFiles.name(file);
	}

	@GetMapping("/levels")
	ForceLevels levels(@PathVariable String missionId) {
		return forceGeneration.levels(missionId);
	}

	/** Every pledge's arrival percentiles as CSV, for the figures on the page. */
	@Export
	@GetMapping("/forecast.csv")
	ResponseEntity<String> forecastCsv(@PathVariable String missionId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "10000") int runs, @RequestParam(defaultValue = "1") long seed) {
		ArrivalForecast forecast = forecast(missionId, asOf, runs, seed);
		StringBuilder csv = new StringBuilder(
				"reference,countries,capability,personnel,women,readiness,stage,sector,p10,p50,p90,arrival_share,as_of,runs\n");
		for (ArrivalForecast.PledgeArrival a : forecast.pledges()) {
			Pledge p = a.pledge();
			csv.append(String.join(",", quoted(p.reference()), quoted(String.join(";", p.countries())),
					p.capability().name(), Integer.toString(p.personnel()), Integer.toString(p.women()),
					p.readiness().name(), p.stage().name(), quoted(p.sector()), text(a.p10()), text(a.p50()),
					text(a.p90()), String.format(java.util.Locale.ROOT, "%.4f", a.arrivalShare()),
					forecast.asOf().toString(), Integer.toString(forecast.runs())))
				.append('\n');
		}
		return csv(missionId + "-arrival-forecast.csv", csv.toString());
	}

	/** Required, pipeline and deployed per capability as CSV. */
	@Export
	@GetMapping("/gaps.csv")
	ResponseEntity<String> gapsCsv(@PathVariable String missionId) {
		StringBuilder csv = new StringBuilder(
				"capability,required_units,required_personnel,pipeline_units,pipeline_personnel,deployed_units,deployed_personnel,shortfall_units\n");
		for (CapabilityGap g : forceGeneration.gaps(missionId)) {
			csv.append(g.capability().name())
				.append(',')
				.append(String.join(",",
						java.util.stream.IntStream
							.of(g.requiredUnits(), g.requiredPersonnel(), g.pipelineUnits(), g.pipelinePersonnel(),
									g.deployedUnits(), g.deployedPersonnel(), g.shortfallUnits())
							.mapToObj(Integer::toString)
							.toList()))
				.append('\n');
		}
		return csv(missionId + "-capability-gaps.csv", csv.toString());
	}

	private static ResponseEntity<String> csv(String fileName, String body) {
		return ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + fileName + "\"")
			.body(body);
	}

	private static String text(LocalDate day) {
		return day == null ? "" : day.toString();
	}

	private static String quoted(String text) {
		return CsvCells.quoted(text);
	}

	@GetMapping("/women")
	ForceGenerationService.WomenShare women(@PathVariable String missionId) {
		return forceGeneration.womenShare(missionId);
	}

	/**
	 * When the pledges can arrive: per pledge {@code p10}, {@code p50}, {@code p90} and
	 * the share of runs in which it arrives within the horizon; the strength fan per
	 * month.
	 */
	@GetMapping("/forecast")
	ArrivalForecast forecast(@PathVariable String missionId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "10000") int runs, @RequestParam(defaultValue = "1") long seed) {
		// Over HTTP at most 100,000 runs: one request must not hold the server's memory
		// (the command line and the benchmark go further).
		if (runs < 1 || runs > MAX_RUNS) {
			throw new InvalidInputException("runs",
					Phrase.of("problem.forcegen.runs", "most", MAX_RUNS, "value", runs));
		}
		return forceGeneration.forecast(missionId, asOf == null ? forceGeneration.defaultAsOf(missionId).asOf() : asOf,
				runs, seed);
	}

}
