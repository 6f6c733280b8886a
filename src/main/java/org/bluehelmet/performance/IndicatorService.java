package org.bluehelmet.performance;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bluehelmet.audit.AuditLog;
import org.bluehelmet.incident.IncidentService;
import org.bluehelmet.mission.MissionService;
import org.bluehelmet.mission.Sector;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;
import org.bluehelmet.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators: defined by mission administrators (audited), and computed month by month
 * from the stored data for the dashboard and the monthly report.
 */
@Service
class IndicatorService {

	/** Months a dashboard shows by default. */
	public static final int MONTHS = 12;

	private final IndicatorStore store;

	private final MeasureCalculator measures;

	private final MissionService missions;

	private final AuditLog audit;

	private final Clock clock = Clock.systemUTC();

	private final IncidentService incidents;

	IndicatorService(IndicatorStore store, MeasureCalculator measures, MissionService missions, AuditLog audit,
			IncidentService incidents) {
		this.incidents = incidents;
		this.store = store;
		this.measures = measures;
		this.missions = missions;
		this.audit = audit;
	}

	public List<Indicator> all(String missionId) {
		missions.mission(missionId);
		return store.all(missionId);
	}

	public Indicator get(String missionId, long id) {
		return store.find(missionId, id).orElseThrow(() -> new NotFoundException("indicator", id));
	}

	@Transactional
	public Indicator create(String missionId, NewIndicator n, String user) {
		missions.mission(missionId);
		if (n.code() == null || !n.code().matches("[A-Za-z0-9._-]{1,40}")) {
			throw new InvalidInputException("code", Phrase.of("problem.indicator.code"));
		}
		if (n.name() == null || n.name().isBlank() || n.name().length() > 200) {
			throw new InvalidInputException("name", Phrase.of("problem.indicator.name"));
		}
		if (n.measure() == null) {
			throw new InvalidInputException("measure", Phrase.of("problem.indicator.measure", "measures",
					Phrase.verbatim(List.of(Measure.values()).toString())));
		}
		if (n.target() == null || !Double.isFinite(n.target())) {
			throw new InvalidInputException("target", Phrase.of("problem.indicator.target"));
		}
		if (n.direction() == null) {
			throw new InvalidInputException("direction", Phrase.of("problem.indicator.direction"));
		}
		if (n.measure().isShare() && (n.target() < 0 || n.target() > 1)) {
			throw new InvalidInputException("target", Phrase.of("problem.indicator.share"));
		}
		checkCount("target", n.measure(), n.target());
		if (n.baseline() != null) {
			if (!Double.isFinite(n.baseline()) || n.measure().isShare() && (n.baseline() < 0 || n.baseline() > 1)) {
				throw new InvalidInputException("baseline",
						Phrase.of(n.measure().isShare() ? "problem.indicator.share" : "problem.indicator.number"));
			}
			checkCount("baseline", n.measure(), n.baseline());
		}
		if (n.sector() != null && !n.sector().isBlank()) {
			if (!n.measure().takesSector()) {
				throw new InvalidInputException("sector", Phrase.of("problem.indicator.wholeMission", "measure",
						Phrase.of("measureName." + n.measure())));
			}
			if (missions.sectors(missionId).stream().map(Sector::name).noneMatch(n.sector()::equals)) {
				throw new InvalidInputException("sector",
						Phrase.of("problem.indicator.noSector", "sector", n.sector()));
			}
		}
		if (n.categories() != null && !n.categories().isEmpty() && !n.measure().takesCategories()) {
			throw new InvalidInputException("categories",
					Phrase.of("problem.indicator.noCategories", "measure", Phrase.of("measureName." + n.measure())));
		}
		if (n.baseline() != null && n.baselineYear() != null) {
			throw new InvalidInputException("baseline", Phrase.of("problem.indicator.baselineBoth"));
		}
		if (n.baselineYear() != null
				&& (n.baselineYear() < 1900 || n.baselineYear() >= YearMonth.now(clock).getYear())) {
			throw new InvalidInputException("baselineYear",
					Phrase.of("problem.indicator.baselineYear", "year", String.valueOf(n.baselineYear())));
		}
		if (n.note() != null && n.note().length() > 2000) {
			throw new InvalidInputException("note", Phrase.of("problem.indicator.note"));
		}
		if (store.codeTaken(missionId, n.code())) {
			throw new InvalidInputException("code", Phrase.of("problem.indicator.codeTaken", "code", n.code()));
		}
		String sector = n.sector() == null || n.sector().isBlank() ? null : n.sector();
		Indicator draft = new Indicator(0, missionId, n.code(), n.name().trim(), n.measure(), sector, n.categories(),
				n.baseline(), n.baselineYear(), n.target(), n.direction(), n.note(), clock.instant(), user);
		checkAgainstBaseline(draft);
		long id = store.insert(draft);
		Indicator created = get(missionId, id);
		audit.record(user, missionId, "indicator.create", "indicator", id, null,
				Map.of("code", created.code(), "definition", created.definition()));
		return created;
	}

	@Transactional
	public void delete(String missionId, long id, String user) {
		Indicator before = get(missionId, id);
		store.delete(missionId, id);
		audit.record(user, missionId, "indicator.delete", "indicator", id,
				Map.of("code", before.code(), "definition", before.definition()), null);
	}

	/**
	 * The last complete month the mission's data cover (or the current month when it has
	 * none): dashboards and reports end there by default.
	 */
	public YearMonth latestMonth(String missionId) {
		return incidents.coveredUntil(missionId).orElse(YearMonth.now(clock));
	}

	/**
	 * Every indicator of the mission over the {@code months} months up to {@code last}.
	 */
	public List<IndicatorSeries> dashboard(String missionId, YearMonth last, int months) {
		if (months < 2 || months > 60) {
			throw new InvalidInputException("months", Phrase.of("problem.indicator.months"));
		}
		long state = measures.state(missionId);
		return all(missionId).stream().map(i -> series(i, last, months, state)).toList();
	}

	/** One indicator over the months up to {@code last}. */
	IndicatorSeries series(Indicator indicator, YearMonth last, int months, long state) {
		List<IndicatorSeries.Point> points = new ArrayList<>();
		for (int k = months - 1; k >= 0; k--) {
			YearMonth month = last.minusMonths(k);
			points.add(new IndicatorSeries.Point(month, measures.value(indicator, month, state)));
		}
		Double value = points.get(points.size() - 1).value();
		Double before = points.size() > 1 ? points.get(points.size() - 2).value() : null;
		Double baseline = baseline(indicator, state);
		List<IndicatorSeries.SectorValue> sectors = new ArrayList<>();
		if (indicator.sector() == null) {
			measures.bySector(indicator, last, state)
				.forEach((sector, v) -> sectors.add(new IndicatorSeries.SectorValue(sector, v)));
		}
		return new IndicatorSeries(indicator, indicator.definition(), points, baseline, value,
				IndicatorStatus.of(indicator, value, baseline), value == null || before == null ? null : value - before,
				sectors);
	}

	/** The most a count may be as a target or baseline: beyond any mission's month. */
	static final double MAX_COUNT = 1_000_000;

	private static void checkCount(String field, Measure measure, double value) {
		if (!measure.isShare() && (value < 0 || value > MAX_COUNT)) {
			throw new InvalidInputException(field, Phrase.of("problem.indicator.count", "most", (long) MAX_COUNT,
					"unit", Phrase.of("measureUnit." + measure)));
		}
	}

	/**
	 * A baseline year must have data, and the target must lie on the better side of the
	 * baseline: a target looser than the baseline would call a worsening "on track".
	 */
	private void checkAgainstBaseline(Indicator draft) {
		if (draft.baseline() == null && draft.baselineYear() == null) {
			return;
		}
		Double baseline = baseline(draft, measures.state(draft.missionId()));
		if (baseline == null) {
			throw new InvalidInputException("baselineYear",
					Phrase.of("problem.indicator.baselineNoData", "year", String.valueOf(draft.baselineYear())));
		}
		if (draft.better(draft.target(), baseline) || draft.target() == baseline) {
			return;
		}
		boolean lower = draft.direction() == Indicator.Direction.LOWER_IS_BETTER;
		throw new InvalidInputException("target",
				Phrase.of(lower ? "problem.indicator.targetWorseLower" : "problem.indicator.targetWorseHigher",
						"target", Indicators.format(draft.target(), draft.measure()), "baseline",
						Indicators.format(baseline, draft.measure()), "mean",
						draft.baselineYear() == null ? Phrase.of("problem.indicator.valueGiven")
								: Phrase.of("problem.indicator.meanOf", "year", String.valueOf(draft.baselineYear()))));
	}

	/** The given baseline, or the mean of the baseline year's months with data. */
	Double baseline(Indicator indicator, long state) {
		if (indicator.baselineYear() == null) {
			return indicator.baseline();
		}
		List<Double> values = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			values.add(measures.value(indicator, YearMonth.of(indicator.baselineYear(), m), state));
		}
		return values.stream()
			.filter(Objects::nonNull)
			.mapToDouble(Double::doubleValue)
			.average()
			.stream()
			.boxed()
			.findFirst()
			.orElse(null);
	}

}
