package org.bluehelmet.performance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.bluehelmet.forcegen.Capability;
import org.bluehelmet.forcegen.ForceGenerationService;
import org.bluehelmet.forcegen.Pledge;
import org.bluehelmet.forcegen.PledgeStage;
import org.bluehelmet.incident.Casualties;
import org.bluehelmet.incident.Incident;
import org.bluehelmet.incident.IncidentCategory;
import org.bluehelmet.incident.IncidentFilter;
import org.bluehelmet.incident.IncidentService;
import org.bluehelmet.incident.TriageStatus;
import org.bluehelmet.incident.Verification;
import org.bluehelmet.mission.MissionService;
import org.bluehelmet.mission.Sector;
import org.bluehelmet.posture.PostureService;
import org.bluehelmet.posture.ScenarioRequest;
import org.bluehelmet.posture.ScenarioResult;
import org.bluehelmet.system.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * Computes a measure for a month from the other features' data, read only: the whole
 * mission's value and each sector's. The month's incidents and its posture evaluation are
 * kept until the mission's incidents change, so a dashboard of many indicators over a
 * year reads each month once.
 */
@Service
class MeasureCalculator {

	private final IncidentService incidents;

	private final PostureService posture;

	private final ForceGenerationService forcegen;

	private final MissionService missions;

	/**
	 * Months kept per cache: a five-year dashboard and a report beside it; a mission with
	 * many incidents a month must not keep its whole history in memory.
	 */
	static final int MONTHS_KEPT = 72;

	private final MonthCache<List<Incident>> monthIncidents = new MonthCache<>();

	private final MonthCache<ScenarioResult> monthPosture = new MonthCache<>();

	private final org.bluehelmet.casualty.FatalityService fatalities;

	MeasureCalculator(IncidentService incidents, PostureService posture, ForceGenerationService forcegen,
			MissionService missions, org.bluehelmet.casualty.FatalityService fatalities) {
		this.fatalities = fatalities;
		this.incidents = incidents;
		this.posture = posture;
		this.forcegen = forcegen;
		this.missions = missions;
	}

	/**
	 * The state of the mission's incidents and model (a fingerprint that changes with any
	 * incident, and a version that changes with its sites, deployments and facilities),
	 * read once per dashboard or report and passed on: what the month caches are kept
	 * under. A facility recorded for 2019 must change 2019's posture measures.
	 */
	public long state(String missionId) {
		return 31 * incidents.state(missionId) + missions.version(missionId);
	}

	/** The indicator's value in a month; {@code null} where the data say nothing. */
	public Double value(Indicator indicator, YearMonth month, long state) {
		return value(indicator, month, indicator.sector(), state);
	}

	/** The indicator's value in each sector (in the mission's order), for a month. */
	public Map<String, Double> bySector(Indicator indicator, YearMonth month, long state) {
		Map<String, Double> values = new LinkedHashMap<>();
		if (!indicator.measure().takesSector()) {
			return values;
		}
		for (Sector sector : missions.sectors(indicator.missionId())) {
			values.put(sector.name(), value(indicator, month, sector.name(), state));
		}
		return values;
	}

	/**
	 * The month's evaluation of the posture as deployed, or {@code null} without a map.
	 */
	public ScenarioResult postureIn(String missionId, YearMonth month, long state) {
		ScenarioResult known = monthPosture.get(missionId, month, state);
		if (known != null) {
			return known;
		}
		ScenarioResult result;
		try {
			result = posture.evaluate(missionId, new ScenarioRequest("As deployed in " + month,
					ScenarioRequest.Kind.AS_DEPLOYED, month, "history", 0, null, null, null, null, null, null, false));
		}
		catch (InvalidInputException noMap) {
			return null;
		}
		monthPosture.put(missionId, month, state, result);
		return result;
	}

	/** The month's incidents, duplicates left out. */
	public List<Incident> incidentsIn(String missionId, YearMonth month, long state) {
		List<Incident> known = monthIncidents.get(missionId, month, state);
		if (known != null) {
			return known;
		}
		List<Incident> found = new ArrayList<>();
		incidents.forEach(IncidentFilter.of(missionId).between(month.atDay(1), month.atEndOfMonth()), incident -> {
			if (incident.status() != TriageStatus.DUPLICATE) {
				found.add(incident);
			}
		});
		List<Incident> kept = List.copyOf(found);
		monthIncidents.put(missionId, month, state, kept);
		return kept;
	}

	private Double value(Indicator indicator, YearMonth month, String sector, long state) {
		String missionId = indicator.missionId();
		return switch (indicator.measure().source()) {
			case INCIDENTS -> incidentMeasure(indicator, month, sector, state);
			case POSTURE -> postureMeasure(indicator.measure(), postureIn(missionId, month, state), sector);
			case FORCE_GENERATION -> forceMeasure(indicator.measure(), missionId, month);
			// The UN's record names no place: the mission's figure, never a sector's.
			case FATALITIES -> sector != null ? null
					: fatalities.killedByMaliciousActs(missionId, month).map(Long::doubleValue).orElse(null);
		};
	}

	private Double incidentMeasure(Indicator indicator, YearMonth month, String sector, long state) {
		if (indicator.measure() == Measure.VERIFIED_WITHIN_24_HOURS) {
			List<Verification> logged = incidents.verifications(indicator.missionId(),
					month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
					month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
			if (logged.isEmpty()) {
				return null;
			}
			return (double) logged.stream().filter(v -> v.verifiedWithin(Duration.ofHours(24))).count() / logged.size();
		}
		Predicate<Incident> in = i -> (sector == null || sector.equals(i.sector()))
				&& (indicator.categories().isEmpty() || indicator.categories().contains(i.report().category()));
		List<Incident> inMonth = incidentsIn(indicator.missionId(), month, state).stream().filter(in).toList();
		return switch (indicator.measure()) {
			case ATTACKS_ON_CIVILIANS -> (double) inMonth.stream()
				.filter(i -> i.report().category() == IncidentCategory.ATTACK_ON_CIVILIANS)
				.count();
			case INCIDENTS -> (double) inMonth.size();
			case CIVILIANS_KILLED ->
				(double) inMonth.stream().mapToInt(i -> orZero(i.report().casualties().killedCivilians())).sum();
			case PEACEKEEPER_CASUALTIES -> peacekeeperCasualties(inMonth);
			case IED_SHARE_OF_PEACEKEEPER_CASUALTIES -> {
				Double all = peacekeeperCasualties(inMonth);
				if (all == null || all == 0) {
					yield null;
				}
				yield peacekeeperCasualties(inMonth.stream()
					.filter(i -> i.report().category() == IncidentCategory.EXPLOSIVE_DEVICE)
					.toList()) / all;
			}
			default -> throw new IllegalStateException(indicator.measure() + " is not an incident measure");
		};
	}

	/**
	 * Killed and wounded peacekeepers, or {@code null} when no incident of the month
	 * records them (UCDP does not: "no data", not zero).
	 */
	private static Double peacekeeperCasualties(List<Incident> list) {
		boolean recorded = false;
		int sum = 0;
		for (Incident i : list) {
			Casualties c = i.report().casualties();
			if (c.killedPeacekeepers() != null || c.woundedPeacekeepers() != null) {
				recorded = true;
				sum += orZero(c.killedPeacekeepers()) + orZero(c.woundedPeacekeepers());
			}
		}
		return recorded ? (double) sum : null;
	}

	private static Double postureMeasure(Measure measure, ScenarioResult result, String sector) {
		if (result == null) {
			return null;
		}
		if (measure == Measure.PEOPLE_AT_RISK_WITHIN_REACH) {
			if (sector == null) {
				return result.measures().peopleAtRisk() > 0 ? result.measures().shareWithinReach() : null;
			}
			return result.measures()
				.sectors()
				.stream()
				.filter(s -> s.sector().equals(sector) && s.peopleAtRisk() > 0)
				.map(ScenarioResult.SectorMeasures::shareWithinReach)
				.findFirst()
				.orElse(null);
		}
		double limit = result.request().casevac() == null ? 120 : result.request().casevac().surgeryMinutes();
		List<ScenarioResult.CellState> cells = result.cells()
			.stream()
			.filter(c -> sector == null || sector.equals(c.sector()))
			.toList();
		if (cells.isEmpty()) {
			return null;
		}
		return (double) cells.stream()
			.filter(c -> c.casevacDayMinutes() != null && c.casevacDayMinutes() <= limit)
			.count() / cells.size();
	}

	/**
	 * From the pledges' own dates: those deployed by the month's end (a pledge keeps the
	 * day it reached each step), against the requirements issued by then.
	 */
	private Double forceMeasure(Measure measure, String missionId, YearMonth month) {
		LocalDate end = month.atEndOfMonth();
		List<Pledge> deployed = forcegen.pledges(missionId).stream().filter(p -> {
			LocalDate day = p.reached().get(PledgeStage.DEPLOYED);
			return day != null && !day.isAfter(end);
		}).toList();
		if (measure == Measure.WOMEN_SHARE_DEPLOYED) {
			int people = deployed.stream().mapToInt(Pledge::personnel).sum();
			int women = deployed.stream().mapToInt(Pledge::women).sum();
			// No woman recorded at all means not recorded (Geo-PKO), not none.
			return people == 0 || women == 0 ? null : (double) women / people;
		}
		// Only what had been asked for by the month's end counts (a requirement of 2021
		// is
		// no gap in 2020), and only the pledges made for it.
		return forcegen.fill(missionId, end).share();
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}

	/**
	 * The last result per mission and month, valid for one state of the incidents; at
	 * most {@link #MONTHS_KEPT} months, the least recently used dropped first.
	 */
	private static final class MonthCache<V> {

		private record Entry<V>(long state, V value) {
		}

		private final Map<String, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Entry<V>> eldest) {
				return size() > MONTHS_KEPT;
			}
		};

		synchronized V get(String missionId, YearMonth month, long state) {
			Entry<V> entry = entries.get(missionId + "|" + month);
			return entry != null && entry.state() == state ? entry.value() : null;
		}

		synchronized void put(String missionId, YearMonth month, long state, V value) {
			entries.put(missionId + "|" + month, new Entry<>(state, value));
		}

	}

}
