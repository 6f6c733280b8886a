package org.bluehelmet.performance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.bluehelmet.forcegen.ForceGenerationService;
import org.bluehelmet.incident.Incident;
import org.bluehelmet.incident.IncidentCategory;
import org.bluehelmet.incident.IncidentService;
import org.bluehelmet.incident.ProtectionGap;
import org.bluehelmet.mission.Mission;
import org.bluehelmet.mission.MissionService;
import org.bluehelmet.text.Language;
import org.bluehelmet.text.Messages;
import org.bluehelmet.text.Phrase;
import org.bluehelmet.posture.PostureAlerts;
import org.bluehelmet.posture.ScenarioResult;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.warning.Alert;
import org.springframework.stereotype.Service;

/**
 * Builds the monthly report from the stored data: the month's incidents, the protection
 * gap, the posture's reach, the indicators, force generation and next month's alerts,
 * each figure written down in the annex with where it comes from.
 */
@Service
public class MonthlyReportService {

	/** The chance of an attack on civilians from which a cell is an alert. */
	static final double ALERT_THRESHOLD = 0.1;

	private final MissionService missions;

	private final IncidentService incidents;

	private final IndicatorService indicators;

	private final MeasureCalculator measures;

	private final ForceGenerationService forcegen;

	private final PostureAlerts alerts;

	private final Messages messages;

	private final Clock clock = Clock.systemUTC();

	private final org.bluehelmet.casualty.FatalityService fatalities;

	MonthlyReportService(MissionService missions, IncidentService incidents, IndicatorService indicators,
			MeasureCalculator measures, ForceGenerationService forcegen, PostureAlerts alerts,
			org.bluehelmet.casualty.FatalityService fatalities, Messages messages) {
		this.fatalities = fatalities;
		this.messages = messages;
		this.missions = missions;
		this.incidents = incidents;
		this.indicators = indicators;
		this.measures = measures;
		this.forcegen = forcegen;
		this.alerts = alerts;
	}

	/**
	 * The month a report covers when none is asked for: see IndicatorService.latestMonth.
	 */
	public YearMonth latestMonth(String missionId) {
		return indicators.latestMonth(missionId);
	}

	/**
	 * Refuses a report of a month to come (404 for a mission that does not exist).
	 */
	public void checkMonth(String missionId, YearMonth month) {
		missions.mission(missionId);
		if (month.isAfter(YearMonth.now(clock))) {
			throw new InvalidInputException("month", Phrase.of("problem.report.future", "month", month.toString()));
		}
	}

	/** The report of one month, in English. */
	public MonthlyReport build(String missionId, YearMonth month) {
		return build(missionId, month, Language.ENGLISH);
	}

	/** The report of one month in a language: its words, numbers and months. */
	public MonthlyReport build(String missionId, YearMonth month, Language language) {
		Mission mission = missions.mission(missionId);
		checkMonth(missionId, month);
		ReportWords w = new ReportWords(language, messages);
		List<MonthlyReport.AnnexRow> annex = new ArrayList<>();
		long state = measures.state(missionId);
		List<Incident> inMonth = measures.incidentsIn(missionId, month, state);
		List<Incident> before = measures.incidentsIn(missionId, month.minusMonths(1), state);
		ScenarioResult posture = measures.postureIn(missionId, month, state);
		List<ProtectionGap> gap = incidents.protectionGap(missionId, month.atDay(1), month.atEndOfMonth(), month);
		List<IndicatorSeries> series = indicators.dashboard(missionId, month, IndicatorService.MONTHS);
		// One figure of force generation for the whole report: the summary, the table and
		// the annex agree.
		org.bluehelmet.forcegen.RequirementFill force = forcegen.fill(missionId, month.atEndOfMonth());
		List<Alert> likely = posture == null ? List.of()
				: alerts.alerts(missionId, posture, month, ALERT_THRESHOLD).stream().limit(20).toList();

		List<String> summary = new ArrayList<>();
		summary.add(incidentSummary(w, month, inMonth, before, annex));
		fatalitySummary(w, missionId, month, annex).ifPresent(summary::add);
		gapSummary(w, gap).ifPresent(summary::add);
		if (posture != null) {
			summary.add(postureSummary(w, posture, annex));
		}
		summary.add(indicatorSummary(w, series, annex));
		summary
			.add(posture == null ? w.t("report.summary.noMap", "month", month) : alertSummary(w, month, likely, annex));
		forceSummary(w, force, annex).ifPresent(summary::add);
		String gapSection = w.t("report.section.gap");
		for (ProtectionGap g : gap) {
			annex.add(row(gapSection, w.t("report.annex.sectorAttacks", "sector", g.sector()),
					Long.toString(g.attacksOnCivilians()), w.t("report.unit.attacks"),
					w.t("report.source.sectorAttacks", "month", month)));
			annex.add(row(gapSection, w.t("report.annex.sectorTroops", "sector", g.sector()), w.percent(g.troopShare()),
					w.t("report.unit.share"), w.t("report.source.mapInForce", "month", month)));
		}
		String indicatorSection = w.t("report.section.indicators");
		for (IndicatorSeries s : series) {
			for (IndicatorSeries.Point p : s.points()) {
				annex.add(row(indicatorSection, s.indicator().code() + " " + p.month(),
						w.value(p.value(), s.indicator().measure()), w.t("measureUnit." + s.indicator().measure()),
						s.indicator().definition(w)));
			}
		}
		String alertSection = w.t("report.section.alerts");
		for (Alert a : likely) {
			annex.add(row(alertSection,
					a.region() == null ? w.t("where.cell", "gid", String.valueOf(a.gid()))
							: w.t("report.annex.cellIn", "gid", String.valueOf(a.gid()), "region", a.region()),
					String.format(Locale.ROOT, "%.3f", a.probability()), w.t("report.unit.chance"),
					w.t("report.source.alert", "month", month, "reach", a.reach())));
		}
		List<MonthlyReport.AlertLine> lines = likely.stream()
			.map(a -> new MonthlyReport.AlertLine(w.of(a.where()), a.probability(), a.population(), w.of(a.reach())))
			.toList();
		return new MonthlyReport(missionId, mission.name(), month, clock.instant(), summary, inMonth, posture, gap,
				series, force, lines, annex, missions.overview(missionId).sources(), mapBase(missionId), w);
	}

	/** The border, the sectors' areas and the largest towns, for the map. */
	private ReportMapBase mapBase(String missionId) {
		org.locationtech.jts.geom.Geometry border = org.bluehelmet.geo.GeoJson
			.areaOf(missions.areaOutline(missionId).orElse("{}"));
		java.util.Map<String, org.locationtech.jts.geom.Geometry> sectors = new java.util.LinkedHashMap<>();
		tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
		Object features = missions.sectorAreasGeoJson(missionId).get("features");
		if (features instanceof List<?> list) {
			for (Object feature : list) {
				if (feature instanceof java.util.Map<?, ?> f
						&& f.get("properties") instanceof java.util.Map<?, ?> properties) {
					sectors.put(String.valueOf(properties.get("sector")),
							org.bluehelmet.geo.GeoJson.areaOf(json.writeValueAsString(f)));
				}
			}
		}
		List<org.bluehelmet.geo.Place> towns = missions.places(missionId)
			.stream()
			.sorted(java.util.Comparator.comparingLong(org.bluehelmet.geo.Place::population).reversed())
			.limit(ReportMapBase.TOWNS)
			.toList();
		return new ReportMapBase(border, sectors, towns);
	}

	/** The report as PDF. */
	public byte[] pdf(MonthlyReport report) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		ReportPdf.write(report, out);
		return out.toByteArray();
	}

	/** The report as one self-contained HTML page. */
	public String html(MonthlyReport report) {
		return ReportHtml.render(report);
	}

	/** The report's annex as CSV. */
	public String annexCsv(MonthlyReport report) {
		return ReportAnnex.csv(report);
	}

	private static String incidentSummary(ReportWords w, YearMonth month, List<Incident> inMonth, List<Incident> before,
			List<MonthlyReport.AnnexRow> annex) {
		long attacks = attacks(inMonth);
		long attacksBefore = attacks(before);
		int killed = inMonth.stream().mapToInt(i -> i.report().casualties().killed()).sum();
		int civilians = inMonth.stream()
			.mapToInt(i -> i.report().casualties().killedCivilians() == null ? 0
					: i.report().casualties().killedCivilians())
			.sum();
		String section = w.t("report.section.summary");
		String source = w.t("report.source.incidents", "month", month);
		annex.add(keyRow(section, w.t("report.annex.incidents"), Integer.toString(inMonth.size()),
				w.t("report.unit.incidents"), source));
		annex.add(keyRow(section, w.t("report.annex.attacks"), Long.toString(attacks), w.t("report.unit.attacks"),
				source));
		annex.add(row(section, w.t("report.annex.attacksBefore"), Long.toString(attacksBefore),
				w.t("report.unit.attacks"), w.t("report.source.incidentsBefore", "month", month.minusMonths(1))));
		annex.add(keyRow(section, w.t("report.annex.killed"), Integer.toString(killed), w.t("report.unit.people"),
				source));
		annex.add(keyRow(section, w.t("report.annex.civiliansKilled"), Integer.toString(civilians),
				w.t("report.unit.people"), source));
		// Each count with its own words, so that each agrees with its number (1 incident,
		// dont 1 attaque).
		return w.t(attacks >= attacksBefore ? "report.summary.incidentsUp" : "report.summary.incidentsDown", "month",
				month, "incidents", Phrase.of("report.count.incidents", "n", inMonth.size()), "attacks",
				Phrase.of("report.count.attacksOfThem", "n", attacks), "before", attacksBefore, "previous",
				month.minusMonths(1), "killed", Phrase.of("report.count.killed", "n", killed), "civilians",
				Phrase.of("report.count.civiliansOfThem", "n", civilians));
	}

	/** The month's peacekeeper deaths from the UN's record, when the mission has it. */
	private java.util.Optional<String> fatalitySummary(ReportWords w, String missionId, YearMonth month,
			List<MonthlyReport.AnnexRow> annex) {
		return fatalities.inMonth(missionId, month).map(counts -> {
			String section = w.t("report.section.summary");
			String source = w.t("report.source.fatalities", "month", month);
			annex.add(keyRow(section, w.t("report.annex.peacekeepersDied"), Long.toString(counts[0]),
					w.t("report.unit.people"), source));
			annex.add(keyRow(section, w.t("report.annex.peacekeepersMalicious"), Long.toString(counts[1]),
					w.t("report.unit.people"), source));
			return counts[0] == 0 ? w.t("report.summary.noPeacekeeperDied", "month", month)
					: w.t("report.summary.peacekeepersDied", "n", counts[0], "month", month, "malicious", counts[1]);
		});
	}

	private static java.util.Optional<String> gapSummary(ReportWords w, List<ProtectionGap> gap) {
		return gap.stream()
			.filter(g -> g.attacksOnCivilians() > 0)
			.max(Comparator.comparingDouble(ProtectionGap::gap))
			.map(g -> w.t("report.summary.gap", "sector", g.sector(), "attacks", w.percent(g.attackShare()), "troops",
					w.percent(g.troopShare())));
	}

	private static String postureSummary(ReportWords w, ScenarioResult posture, List<MonthlyReport.AnnexRow> annex) {
		ScenarioResult.Measures m = posture.measures();
		double casevac = m.cells() == 0 ? 0 : (double) m.cellsWithinCasevacDay() / m.cells();
		String section = w.t("report.section.posture");
		String source = w.t("report.source.posture", "month", posture.month());
		annex.add(keyRow(section, w.t("report.annex.withinReach"), w.percent(m.shareWithinReach()),
				w.t("report.unit.share"), source));
		annex.add(row(section, w.t("report.annex.casevacCells"),
				w.t("posture.nOfM", "n", m.cellsWithinCasevacDay(), "m", m.cells()), w.t("report.unit.cells"), source));
		annex.add(row(section, w.t("report.annex.troops"), Integer.toString(m.troops()), w.t("report.unit.troops"),
				source));
		return w.t("report.summary.posture", "month", posture.month(), "troops", m.troops(), "withinReach",
				w.percent(m.shareWithinReach()), "casevac", w.percent(casevac), "outside",
				ReportText.outsideCasevac(w, posture));
	}

	private static String indicatorSummary(ReportWords w, List<IndicatorSeries> series,
			List<MonthlyReport.AnnexRow> annex) {
		long[] counts = new long[IndicatorStatus.values().length];
		series.forEach(s -> counts[s.status().ordinal()]++);
		for (IndicatorSeries s : series) {
			annex.add(row(w.t("report.section.indicators"), w.t("report.annex.status", "code", s.indicator().code()),
					w.t("perfStatus." + s.status()), "",
					w.t("report.source.status", "value", w.value(s.value(), s.indicator().measure()), "target",
							w.value(s.indicator().target(), s.indicator().measure()), "baseline",
							w.value(s.baseline(), s.indicator().measure()))));
		}
		if (series.isEmpty()) {
			return w.t("report.summary.noIndicators");
		}
		return w.t("report.summary.indicators", "n", series.size(), "onTrack",
				counts[IndicatorStatus.ON_TRACK.ordinal()], "atRisk", counts[IndicatorStatus.AT_RISK.ordinal()],
				"offTrack", counts[IndicatorStatus.OFF_TRACK.ordinal()], "noData",
				counts[IndicatorStatus.NO_DATA.ordinal()]);
	}

	private static String alertSummary(ReportWords w, YearMonth month, List<Alert> likely,
			List<MonthlyReport.AnnexRow> annex) {
		long people = likely.stream().mapToLong(Alert::population).sum();
		annex.add(row(w.t("report.section.alerts"), w.t("report.annex.cellsBeyond"), Integer.toString(likely.size()),
				w.t("report.unit.cells"), w.t("report.source.forecast", "next", month.plusMonths(1), "month", month)));
		return likely.isEmpty() ? w.t("report.summary.noAlert", "next", month.plusMonths(1))
				: w.t("report.summary.alerts", "n", likely.size(), "next", month.plusMonths(1), "people", people);
	}

	private java.util.Optional<String> forceSummary(ReportWords w, org.bluehelmet.forcegen.RequirementFill fill,
			List<MonthlyReport.AnnexRow> annex) {
		// Only the pledges made for a requirement fill it: units of the standing force,
		// deployed for other needs, do not.
		if (fill.required() == 0) {
			return java.util.Optional.empty();
		}
		String asOf = fill.asOf().toString();
		String section = w.t("report.section.force");
		annex.add(row(section, w.t("report.annex.required"), Integer.toString(fill.required()),
				w.t("report.unit.people"), w.t("report.source.required", "day", asOf)));
		annex.add(row(section, w.t("report.annex.deployed"), Integer.toString(fill.deployed()),
				w.t("report.unit.people"), w.t("report.source.deployed", "day", asOf)));
		annex.add(row(section, w.t("report.annex.pipeline"), Integer.toString(fill.pipeline()),
				w.t("report.unit.people"), w.t("report.source.pipeline", "day", asOf)));
		return java.util.Optional.of(w.t("report.summary.force", "day", asOf, "required", fill.required(), "deployed",
				fill.deployed(), "pipeline", fill.pipeline()));
	}

	private static long attacks(List<Incident> list) {
		return list.stream().filter(i -> i.report().category() == IncidentCategory.ATTACK_ON_CIVILIANS).count();
	}

	private static MonthlyReport.AnnexRow row(String section, String item, String value, String unit, String source) {
		return new MonthlyReport.AnnexRow(section, item, value, unit, source, false);
	}

	/** A row that is one of the month's key figures, shown first. */
	private static MonthlyReport.AnnexRow keyRow(String section, String item, String value, String unit,
			String source) {
		return new MonthlyReport.AnnexRow(section, item, value, unit, source, true);
	}

}
