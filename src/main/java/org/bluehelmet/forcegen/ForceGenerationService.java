package org.bluehelmet.forcegen;

import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bluehelmet.text.Phrase;
import org.bluehelmet.audit.AuditLog;
import org.bluehelmet.incident.IncidentService;
import org.bluehelmet.mission.Mission;
import org.bluehelmet.mission.MissionService;
import org.bluehelmet.system.ConflictException;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mission's force generation: requirements, pledges and their steps, the gaps, and when
 * pledged units can arrive.
 */
@Service
@Transactional(readOnly = true)
public class ForceGenerationService {

	/** Steps and other durations a mission may set, by name. */
	static final String RAPID_DEPLOYMENT = "RAPID_DEPLOYMENT";

	private final ForceGenerationStore store;

	private final MissionService missions;

	private final AuditLog audit;

	private final IncidentService incidents;

	private final Clock clock = Clock.systemUTC();

	ForceGenerationService(ForceGenerationStore store, MissionService missions, AuditLog audit,
			IncidentService incidents) {
		this.store = store;
		this.missions = missions;
		this.audit = audit;
		this.incidents = incidents;
	}

	/**
	 * The day force generation is read on when none is asked for: today while the mandate
	 * runs; for a mission whose mandate has ended, the last day of the last month its
	 * data cover (the month its reports and indicators end on by default), never after
	 * the mandate's end. A closed mission then reads as it did at the time, instead of
	 * showing arrivals years after it closed.
	 */
	public DefaultAsOf defaultAsOf(String missionId) {
		Mission mission = missions.mission(missionId);
		LocalDate today = LocalDate.now(clock);
		LocalDate end = mission.mandateEnd();
		if (end == null || !end.isBefore(today)) {
			return new DefaultAsOf(today, Phrase.of("forcegen.asOfServing"));
		}
		LocalDate covered = incidents.coveredUntil(missionId).map(YearMonth::atEndOfMonth).orElse(end);
		return new DefaultAsOf(covered.isAfter(end) ? end : covered, Phrase.of("forcegen.asOfEnded", "end", end));
	}

	public List<Requirement> requirements(String missionId) {
		missions.mission(missionId);
		return store.requirements(missionId);
	}

	public List<Pledge> pledges(String missionId) {
		missions.mission(missionId);
		return store.pledges(missionId);
	}

	@Transactional
	public Requirement addRequirement(Requirement requirement, String user) {
		missions.mission(requirement.missionId());
		long id = store.insertRequirement(requirement);
		audit.record(user, requirement.missionId(), "requirement.create", "requirement", id, null, requirement);
		return store.requirements(requirement.missionId()).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
	}

	/** Records a new pledge; 409 when its reference is taken. */
	@Transactional
	public Pledge addPledge(Pledge pledge, String user) {
		missions.mission(pledge.missionId());
		if (store.pledgeExists(pledge.missionId(), pledge.reference())) {
			throw new ConflictException("a pledge " + pledge.reference() + " exists already");
		}
		long id = store.insertPledge(pledge);
		Pledge stored = pledge(pledge.missionId(), id);
		audit.record(user, pledge.missionId(), "pledge.create", "pledge", id, null, stored);
		return stored;
	}

	/**
	 * Records that a pledge reached a step on a day (a level of the PCRS raises its
	 * readiness); 409 when someone changed the pledge since {@code version}.
	 */
	@Transactional
	public Pledge reach(String missionId, long pledgeId, int version, PledgeStage stage, LocalDate day, String user) {
		Pledge before = pledge(missionId, pledgeId);
		if (day == null || stage == null) {
			throw new InvalidInputException(stage == null ? "stage" : "on", Phrase.of("problem.pledge.step"));
		}
		PledgeStage latest = stage.isAfter(before.stage()) ? stage : before.stage();
		ReadinessLevel readiness = switch (stage) {
			case LEVEL_2 -> before.readiness() == ReadinessLevel.LEVEL_1 ? ReadinessLevel.LEVEL_2 : before.readiness();
			case LEVEL_3 ->
				before.readiness() == ReadinessLevel.RAPID_DEPLOYMENT ? before.readiness() : ReadinessLevel.LEVEL_3;
			default -> before.readiness();
		};
		if (!store.reach(pledgeId, version, stage, latest, readiness, day)) {
			throw new ConflictException("pledge " + pledgeId + " was changed by someone else since version " + version
					+ "; reload it and try again");
		}
		Pledge after = pledge(missionId, pledgeId);
		audit.record(user, missionId, "pledge.update", "pledge", pledgeId, before, after);
		return after;
	}

	public Pledge pledge(String missionId, long pledgeId) {
		return pledges(missionId).stream()
			.filter(pledge -> pledge.id() == pledgeId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("pledge", pledgeId));
	}

	/**
	 * Each of the mission's pledges' versions, by id: what a client sends back to change
	 * one.
	 */
	public java.util.Map<Long, Integer> versions(String missionId) {
		return store.versions(missions.mission(missionId).id());
	}

	public int version(long pledgeId) {
		return store.version(pledgeId);
	}

	/**
	 * What an import did: rows stored and rows skipped because their reference was
	 * stored.
	 */
	public record ImportCounts(int stored, int skipped) {
	}

	/**
	 * Imports requirements from CSV, all or nothing, skipping references already stored.
	 */
	@Transactional
	public ImportCounts importRequirements(String missionId, Reader csv, String fileName, String user) {
		missions.mission(missionId);
		List<String> known = store.requirements(missionId).stream().map(Requirement::reference).toList();
		int stored = 0;
		int skipped = 0;
		for (Requirement requirement : ForceGenerationCsv.requirements(csv, fileName, missionId)) {
			if (known.contains(requirement.reference())) {
				skipped++;
				continue;
			}
			store.insertRequirement(requirement);
			stored++;
		}
		audit.record(user, missionId, "requirement.import", "requirement", fileName, null,
				Map.of("stored", stored, "skipped", skipped));
		return new ImportCounts(stored, skipped);
	}

	/**
	 * Imports pledges from CSV, all or nothing, skipping references already stored; a
	 * pledge naming a requirement that does not exist rejects the file.
	 */
	@Transactional
	public ImportCounts importPledges(String missionId, Reader csv, String fileName, String user) {
		missions.mission(missionId);
		Map<String, Long> requirementIds = new HashMap<>();
		Map<Long, String> sectorOf = new HashMap<>();
		store.requirements(missionId).forEach(r -> {
			requirementIds.put(r.reference(), r.id());
			if (r.sector() != null) {
				sectorOf.put(r.id(), r.sector());
			}
		});
		int stored = 0;
		int skipped = 0;
		for (ForceGenerationCsv.PledgeRow row : ForceGenerationCsv.pledges(csv, fileName, missionId)) {
			Pledge p = row.pledge();
			if (store.pledgeExists(missionId, p.reference())) {
				skipped++;
				continue;
			}
			Long requirementId = null;
			if (row.requirement() != null) {
				requirementId = requirementIds.get(row.requirement());
				if (requirementId == null) {
					throw new InvalidInputException("requirement", "pledge " + p.reference() + " answers requirement "
							+ row.requirement() + ", which does not exist");
				}
			}
			store.insertPledge(new Pledge(0, missionId, p.reference(), p.countries(), p.capability(), p.personnel(),
					p.women(), p.equipment(), p.readiness(), p.caveats(), p.stage(), p.reached(),
					p.sector() != null ? p.sector() : sectorOf.get(requirementId), requirementId));
			stored++;
		}
		audit.record(user, missionId, "pledge.import", "pledge", fileName, null,
				Map.of("stored", stored, "skipped", skipped));
		return new ImportCounts(stored, skipped);
	}

	/**
	 * The durations the simulation assumes for the mission: its own, else the defaults.
	 */
	public PipelineAssumptions assumptions(String missionId) {
		missions.mission(missionId);
		PipelineAssumptions defaults = PipelineAssumptions.defaults();
		Map<String, StageDuration> own = store.durations(missionId);
		Map<PledgeStage, StageDuration> steps = new EnumMap<>(PledgeStage.class);
		defaults.steps().forEach((stage, duration) -> steps.put(stage, own.getOrDefault(stage.name(), duration)));
		return new PipelineAssumptions(steps, own.getOrDefault(RAPID_DEPLOYMENT, defaults.rapidDeployment()),
				own.getOrDefault(PledgeStage.CAMP_READY.name(), defaults.campReady()), defaults.campBlockedShare(),
				defaults.horizonMonths());
	}

	/**
	 * Sets one duration of the mission's pipeline (a step, RAPID_DEPLOYMENT or
	 * CAMP_READY).
	 */
	@Transactional
	public PipelineAssumptions setDuration(String missionId, String step, StageDuration duration, String user) {
		PipelineAssumptions before = assumptions(missionId);
		boolean known = step.equals(RAPID_DEPLOYMENT) || step.equals(PledgeStage.CAMP_READY.name())
				|| PipelineAssumptions.PIPELINE.stream().anyMatch(stage -> stage.name().equals(step));
		if (!known) {
			throw new InvalidInputException("step", "no step " + step + "; one of " + PipelineAssumptions.PIPELINE
					+ ", " + RAPID_DEPLOYMENT + ", " + PledgeStage.CAMP_READY);
		}
		store.saveDuration(missionId, step, duration);
		audit.record(user, missionId, "pipeline.update", "pipeline_duration", step, before, duration);
		return assumptions(missionId);
	}

	/**
	 * How far the requirements issued by {@code asOf} are met by the pledges made for
	 * them (each pledge keeps the day it reached each step).
	 */
	public RequirementFill fill(String missionId, LocalDate asOf) {
		List<Pledge> pledges = store.pledges(missionId);
		List<RequirementFill.Line> lines = new ArrayList<>();
		for (Requirement requirement : requirements(missionId)) {
			if (!requirement.issuedBy(asOf)) {
				continue;
			}
			int deployed = 0;
			int pipeline = 0;
			for (Pledge pledge : pledges) {
				if (pledge.requirementId() == null || pledge.requirementId() != requirement.id()) {
					continue;
				}
				LocalDate arrived = pledge.reached().get(PledgeStage.DEPLOYED);
				LocalDate pledged = pledge.reached().values().stream().min(LocalDate::compareTo).orElse(null);
				if (arrived != null && !arrived.isAfter(asOf)) {
					deployed += pledge.personnel();
				}
				else if (pledged != null && !pledged.isAfter(asOf)) {
					pipeline += pledge.personnel();
				}
			}
			lines.add(new RequirementFill.Line(requirement.reference(), requirement.capability(),
					requirement.personnel(), Math.min(deployed, requirement.personnel()), pipeline));
		}
		return new RequirementFill(asOf, lines);
	}

	/**
	 * The force against its ceiling, in all and per sector; the ceiling in force on the
	 * default day ({@link #defaultAsOf}: a closed mission had one then, none today).
	 */
	public ForceLevels levels(String missionId) {
		Integer ceiling = missions.ceilingOn(missionId, defaultAsOf(missionId).asOf())
			.map(c -> c.troops() + c.police())
			.orElse(null);
		Map<String, int[]> bySector = new java.util.TreeMap<>(
				java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
		int[] total = new int[3];
		for (Requirement requirement : requirements(missionId)) {
			add(bySector, total, requirement.sector(), 0, requirement.personnel());
		}
		for (Pledge pledge : store.pledges(missionId)) {
			add(bySector, total, pledge.sector(), pledge.stage() == PledgeStage.DEPLOYED ? 2 : 1, pledge.personnel());
		}
		List<ForceLevels.Sector> sectors = new ArrayList<>();
		bySector.forEach((sector, n) -> sectors.add(new ForceLevels.Sector(sector, n[0], n[1], n[2])));
		return new ForceLevels(ceiling, total[2], total[1], total[0], sectors);
	}

	private static void add(Map<String, int[]> bySector, int[] total, String sector, int column, int people) {
		bySector.computeIfAbsent(sector, s -> new int[3])[column] += people;
		total[column] += people;
	}

	/** What the mission's requirements cost at the given rates. */
	public CostEstimate cost(String missionId, CostRates rates) {
		return CostEstimate.of(requirements(missionId), rates);
	}

	/**
	 * Women's share of the people deployed and of those in the pipeline, against the
	 * requirements' targets (weighted by their people).
	 */
	public WomenShare womenShare(String missionId) {
		int deployed = 0;
		int deployedWomen = 0;
		int pipeline = 0;
		int pipelineWomen = 0;
		for (Pledge pledge : pledges(missionId)) {
			if (pledge.stage() == PledgeStage.DEPLOYED) {
				deployed += pledge.personnel();
				deployedWomen += pledge.women();
			}
			else {
				pipeline += pledge.personnel();
				pipelineWomen += pledge.women();
			}
		}
		double targetPeople = 0;
		double targetWomen = 0;
		for (Requirement requirement : requirements(missionId)) {
			if (requirement.womenShareTarget() != null) {
				targetPeople += requirement.personnel();
				targetWomen += requirement.personnel() * requirement.womenShareTarget();
			}
		}
		return new WomenShare(share(deployedWomen, deployed), share(pipelineWomen, pipeline),
				targetPeople == 0 ? null : targetWomen / targetPeople);
	}

	/**
	 * Women's share: deployed ({@code null} where the data do not record women, as
	 * Geo-PKO does not), in the pipeline, and the target.
	 */
	public record WomenShare(Double deployed, Double pipeline, Double target) {
	}

	private static Double share(int women, int people) {
		return people == 0 || women == 0 ? null : (double) women / people;
	}

	/** When the mission's pledges can arrive, from {@code asOf}. */
	public ArrivalForecast forecast(String missionId, LocalDate asOf, int runs, long seed) {
		return ArrivalSimulation.run(pledges(missionId), assumptions(missionId), asOf, runs, seed, true);
	}

	/**
	 * Required, in the pipeline and deployed, per capability, in the capabilities' order.
	 */
	public List<CapabilityGap> gaps(String missionId) {
		Map<Capability, int[]> sums = new EnumMap<>(Capability.class);
		for (Requirement requirement : requirements(missionId)) {
			int[] sum = sums.computeIfAbsent(requirement.capability(), c -> new int[7]);
			sum[0] += requirement.units();
			sum[1] += requirement.personnel();
		}
		for (Pledge pledge : store.pledges(missionId)) {
			int[] sum = sums.computeIfAbsent(pledge.capability(), c -> new int[7]);
			int at = pledge.stage() == PledgeStage.DEPLOYED ? 4 : 2;
			sum[at] += 1;
			sum[at + 1] += pledge.personnel();
			if (pledge.requirementId() != null) {
				sum[6] += 1;
			}
		}
		List<CapabilityGap> gaps = new ArrayList<>();
		sums.forEach((capability, s) -> gaps
			.add(new CapabilityGap(capability, s[0], s[1], s[2], s[3], s[4], s[5], Math.max(0, s[0] - s[6]))));
		return gaps;
	}

}
