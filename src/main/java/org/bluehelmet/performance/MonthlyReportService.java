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
import org.bluehelmet.language.Language;
import org.bluehelmet.language.Messages;
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

	/** The report of one month. */
	public MonthlyReport build(String missionId, YearMonth month) {
		Mission mission = missions.mission(missionId);
		if (month.isAfter(YearMonth.now(clock))) {
			throw new InvalidInputException("month", month + " has not happened yet");
		}
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
		summary.add(incidentSummary(month, inMonth, before, annex));
		fatalitySummary(missionId, month, annex).ifPresent(summary::add);
		gapSummary(gap).ifPresent(summary::add);
		if (posture != null) {
			summary.add(postureSummary(posture, annex));
		}
		summary.add(indicatorSummary(series, annex));
		summary
			.add(posture == null
					? "Early warning: no deployment map was in force in " + month
							+ ", so no cell can be judged beyond the force's reach."
					: alertSummary(month, likely, annex));
		forceSummary(force, annex).ifPresent(summary::add);
		for (ProtectionGap g : gap) {
			annex.add(row("Protection gap", g.sector() + ": attacks on civilians",
					Long.toString(g.attacksOnCivilians()), "attacks",
					"incidents of category attack on civilians that started in " + month + ", by sector"));
			annex.add(row("Protection gap", g.sector() + ": share of troops", percent(g.troopShare()), "share",
					"deployment map in force in " + month));
		}
		for (IndicatorSeries s : series) {
			for (IndicatorSeries.Point p : s.points()) {
				annex.add(row("Indicators", s.indicator().code() + " " + p.month(),
						Indicators.format(p.value(), s.indicator().measure()), s.indicator().unit(), s.definition()));
			}
		}
		for (Alert a : likely) {
			annex.add(row("Alerts", "cell " + a.gid() + " (" + a.region() + ")",
					String.format(Locale.ROOT, "%.3f", a.probability()), "chance",
					"learned model trained on incidents up to " + month + "; "
							+ messages.format(Language.ENGLISH, a.reach())));
		}
		List<MonthlyReport.AlertLine> lines = likely.stream()
			.map(a -> new MonthlyReport.AlertLine(messages.format(Language.ENGLISH, a.where()), a.probability(),
					a.population(), messages.format(Language.ENGLISH, a.reach())))
			.toList();
		return new MonthlyReport(missionId, mission.name(), month, clock.instant(), summary, inMonth, posture, gap,
				series, force, lines, annex, missions.overview(missionId).sources(), mapBase(missionId));
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

	private static String incidentSummary(YearMonth month, List<Incident> inMonth, List<Incident> before,
			List<MonthlyReport.AnnexRow> annex) {
		long attacks = attacks(inMonth);
		long attacksBefore = attacks(before);
		int killed = inMonth.stream().mapToInt(i -> i.report().casualties().killed()).sum();
		int civilians = inMonth.stream()
			.mapToInt(i -> i.report().casualties().killedCivilians() == null ? 0
					: i.report().casualties().killedCivilians())
			.sum();
		String source = "incidents that started in " + month + " (duplicates left out)";
		annex.add(row("Summary", "incidents", Integer.toString(inMonth.size()), "incidents", source));
		annex.add(row("Summary", "attacks on civilians", Long.toString(attacks), "attacks", source));
		annex.add(row("Summary", "attacks on civilians, month before", Long.toString(attacksBefore), "attacks",
				"incidents that started in " + month.minusMonths(1)));
		annex.add(row("Summary", "people killed", Integer.toString(killed), "people", source));
		annex.add(row("Summary", "civilians killed", Integer.toString(civilians), "people", source));
		return String.format(Locale.ROOT,
				"In %s, %d incidents were recorded, %d of them attacks on civilians (%s %d in %s); %d people were "
						+ "killed, %d of them civilians.",
				month, inMonth.size(), attacks, attacks >= attacksBefore ? "up from" : "down from", attacksBefore,
				month.minusMonths(1), killed, civilians);
	}

	/** The month's peacekeeper deaths from the UN's record, when the mission has it. */
	private java.util.Optional<String> fatalitySummary(String missionId, YearMonth month,
			List<MonthlyReport.AnnexRow> annex) {
		return fatalities.inMonth(missionId, month).map(counts -> {
			String source = "the UN's record of peacekeeping fatalities, deaths in " + month;
			annex.add(row("Summary", "peacekeepers who died", Long.toString(counts[0]), "people", source));
			annex.add(row("Summary", "peacekeepers killed by malicious acts", Long.toString(counts[1]), "people",
					source));
			return String.format(Locale.ROOT,
					"%s peacekeeper%s of the mission died in %s, %s by malicious acts (the UN's record of fatalities).",
					counts[0] == 0 ? "No" : Long.toString(counts[0]), counts[0] == 1 ? "" : "s", month,
					counts[0] == 0 ? "none" : Long.toString(counts[1]));
		});
	}

	private static java.util.Optional<String> gapSummary(List<ProtectionGap> gap) {
		return gap.stream()
			.filter(g -> g.attacksOnCivilians() > 0)
			.max(Comparator.comparingDouble(ProtectionGap::gap))
			.map(g -> String.format(Locale.ROOT,
					"Sector %s had %s of the month's attacks on civilians and %s of the troops: the largest "
							+ "protection gap.",
					g.sector(), percent(g.attackShare()), percent(g.troopShare())));
	}

	private static String postureSummary(ScenarioResult posture, List<MonthlyReport.AnnexRow> annex) {
		ScenarioResult.Measures m = posture.measures();
		double casevac = m.cells() == 0 ? 0 : (double) m.cellsWithinCasevacDay() / m.cells();
		String source = "posture as deployed on the map of " + posture.month()
				+ ": reach 3 hours by road, 10-1-2 by day";
		annex.add(row("Posture", "people at risk within reach", percent(m.shareWithinReach()), "share", source));
		annex.add(row("Posture", "cells within 10-1-2 reach by day", m.cellsWithinCasevacDay() + " of " + m.cells(),
				"cells", source));
		annex.add(row("Posture", "troops", Integer.toString(m.troops()), "troops", source));
		String outside = m.sitesOutsideCasevac().isEmpty() ? "none"
				: String.join(", ", m.sitesOutsideCasevac().stream().map(ScenarioResult.SiteCasevac::name).toList());
		return String.format(Locale.ROOT,
				"On the deployment map of %s (%,d troops), %s of people at risk lived within 3 hours by road of a "
						+ "camp, and %s of the mission area's cells were within 2 hours of surgery by day (10-1-2); "
						+ "camps outside that reach: %s.",
				posture.month(), m.troops(), percent(m.shareWithinReach()), percent(casevac), outside);
	}

	private static String indicatorSummary(List<IndicatorSeries> series, List<MonthlyReport.AnnexRow> annex) {
		long[] counts = new long[IndicatorStatus.values().length];
		series.forEach(s -> counts[s.status().ordinal()]++);
		for (IndicatorSeries s : series) {
			annex.add(row("Indicators", s.indicator().code() + " status", s.status().words(), "", "value "
					+ s.valueText() + " against target " + s.targetText() + " and baseline " + s.baselineText()));
		}
		if (series.isEmpty()) {
			return "The mission has no indicators yet: its administrators add them on the Performance page.";
		}
		return String.format(Locale.ROOT,
				"Of %d indicators, %d are on track, %d at risk, %d off track and %d " + "without data.", series.size(),
				counts[IndicatorStatus.ON_TRACK.ordinal()], counts[IndicatorStatus.AT_RISK.ordinal()],
				counts[IndicatorStatus.OFF_TRACK.ordinal()], counts[IndicatorStatus.NO_DATA.ordinal()]);
	}

	private static String alertSummary(YearMonth month, List<Alert> likely, List<MonthlyReport.AnnexRow> annex) {
		long people = likely.stream().mapToLong(Alert::population).sum();
		annex.add(row("Alerts", "cells beyond reach with a 10% chance or more", Integer.toString(likely.size()),
				"cells", "early-warning forecast for " + month.plusMonths(1) + " from incidents up to " + month));
		return likely.isEmpty()
				? "Early warning: no cell likely to see an attack on civilians in " + month.plusMonths(1)
						+ " lies beyond the camps' reach."
				: String.format(Locale.ROOT,
						"Early warning: %s with a 10%% chance or more of an attack on civilians in %s %s "
								+ "beyond 3 hours by road of any camp; %,d people live there.",
						likely.size() == 1 ? "one area (a half-degree cell)"
								: likely.size() + " areas (half-degree cells)",
						month.plusMonths(1), likely.size() == 1 ? "lies" : "lie", people);
	}

	private java.util.Optional<String> forceSummary(org.bluehelmet.forcegen.RequirementFill fill,
			List<MonthlyReport.AnnexRow> annex) {
		// Only the pledges made for a requirement fill it: units of the standing force,
		// deployed for other needs, do not.
		if (fill.required() == 0) {
			return java.util.Optional.empty();
		}
		String asOf = fill.asOf().toString();
		annex.add(row("Force generation", "people required", Integer.toString(fill.required()), "people",
				"force requirements issued by " + asOf));
		annex.add(row("Force generation", "people deployed", Integer.toString(fill.deployed()), "people",
				"people of the pledges made for those requirements that were deployed by " + asOf
						+ ", up to each requirement's need"));
		annex.add(row("Force generation", "people in the pipeline", Integer.toString(fill.pipeline()), "people",
				"people of the pledges made for those requirements, pledged by " + asOf + " and not yet deployed"));
		return java.util.Optional.of(String.format(Locale.ROOT,
				"Force generation (on %s): of the %,d people the force requirements ask for, %,d have been deployed "
						+ "by the pledges made for them and %,d more are pledged and on their way.",
				asOf, fill.required(), fill.deployed(), fill.pipeline()));
	}

	private static long attacks(List<Incident> list) {
		return list.stream().filter(i -> i.report().category() == IncidentCategory.ATTACK_ON_CIVILIANS).count();
	}

	private static String percent(double share) {
		return ReportText.percent(share);
	}

	private static MonthlyReport.AnnexRow row(String section, String item, String value, String unit, String source) {
		return new MonthlyReport.AnnexRow(section, item, value, unit, source);
	}

}
