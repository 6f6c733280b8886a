package org.bluehelmet.warning;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.bluehelmet.text.Messages;
import org.bluehelmet.text.Phrase;
import org.bluehelmet.geo.GridCell;
import org.bluehelmet.geo.Position;
import org.bluehelmet.incident.IncidentService;
import org.bluehelmet.mission.Mission;
import org.bluehelmet.mission.MissionService;
import org.bluehelmet.mission.SiteSnapshot;
import org.bluehelmet.system.DataChanges;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.system.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Early warning for a mission from its stored incidents: next months' risk per cell and
 * the alerts. The forecast is the learned model's ({@link BoostedHurdleModel}), kept per
 * mission, origin and number of incidents, so that it is computed again when incidents
 * are added or removed.
 * <p>
 * Reach is, until the posture planner computes casualty-evacuation and response reach,
 * the great-circle distance from the cell's centre to the nearest site of the force on
 * the deployment map in force: a parameter, shown with every alert.
 */
@Service
public class WarningService {

	static final int SAMPLES = 200;

	private final IncidentService incidents;

	private final Messages messages;

	private final MissionService missions;

	private final MissionPanels panels;

	private final Map<String, Computed> computed = new ConcurrentHashMap<>();

	private final Map<String, Backtest.Report> backtests = new ConcurrentHashMap<>();

	private final BoostedHurdleModel model;

	private final DataChanges changes;

	WarningService(IncidentService incidents, MissionService missions, MissionPanels panels, Messages messages,
			DataChanges changes, @Value("${bluehelmet.warning.max-training-rows:1500000}") int maxTrainingRows) {
		this.incidents = incidents;
		this.changes = changes;
		this.messages = messages;
		this.missions = missions;
		this.panels = panels;
		this.model = new BoostedHurdleModel(maxTrainingRows);
	}

	/** One cell's risk in one month. */
	public record CellRisk(int gid, double lon, double lat, YearMonth month, double pAny, double mean) {
	}

	private record Computed(long incidentState, CellMonthPanel panel, Forecast forecast,
			BoostedHurdleModel.Fitted fitted) {
	}

	/**
	 * The default origin: the last complete month the mission's data cover
	 * ({@code IncidentService.coveredUntil}), not the newest record: one incident logged
	 * today in a mission whose imported data end years ago does not move it.
	 */
	public YearMonth latestOrigin(String missionId) {
		return incidents.coveredUntil(missionId)
			.orElseThrow(() -> new InvalidInputException("origin", Phrase.of("problem.warning.noIncidents")));
	}

	/**
	 * The chance of at least one attack on civilians per cell, {@code ahead} months after
	 * the origin.
	 */
	public List<CellRisk> risk(String missionId, YearMonth origin, int ahead) {
		if (ahead < 1 || ahead > 12) {
			throw new InvalidInputException("ahead", Phrase.of("problem.warning.ahead"));
		}
		Computed c = compute(missionId, origin);
		List<CellRisk> risk = new ArrayList<>();
		for (int i = 0; i < c.panel().areaSize(); i++) {
			GridCell cell = c.panel().cells().get(i);
			if (cell.centreInCountry()) {
				risk.add(new CellRisk(cell.gid(), cell.centre().lon(), cell.centre().lat(), origin.plusMonths(ahead),
						c.forecast().pAny(i, ahead - 1), c.forecast().mean(i, ahead - 1)));
			}
		}
		return risk;
	}

	/**
	 * Cells where the chance of an attack on civilians next month is at least
	 * {@code threshold}, people live, and no site of the force is within {@code reachKm};
	 * most likely first.
	 */
	public List<Alert> alerts(String missionId, YearMonth origin, double threshold, double reachKm) {
		if (threshold <= 0 || threshold > 1 || reachKm < 0) {
			throw new InvalidInputException("threshold", Phrase.of("problem.warning.threshold"));
		}
		Computed c = compute(missionId, origin);
		List<SiteSnapshot> sites = missions.sitesAt(missionId, origin);
		List<org.bluehelmet.geo.Place> places = missions.places(missionId);
		List<Alert> alerts = new ArrayList<>();
		for (int i = 0; i < c.panel().areaSize(); i++) {
			GridCell cell = c.panel().cells().get(i);
			double p = c.forecast().pAny(i, 0);
			if (!cell.centreInCountry() || p < threshold || cell.population() <= 0) {
				continue;
			}
			SiteSnapshot nearest = sites.stream()
				.min(Comparator.comparingDouble(site -> distance(cell.centre(), site)))
				.orElse(null);
			Double km = nearest == null ? null : distance(cell.centre(), nearest);
			if (km != null && km <= reachKm) {
				continue;
			}
			org.bluehelmet.geo.Place place = org.bluehelmet.geo.NearestPlace.nearest(cell.centre(), places);
			alerts.add(new Alert(cell.gid(), cell.centre().lon(), cell.centre().lat(), cell.region(),
					origin.plusMonths(1), p, cell.population(), nearest == null ? null : nearest.site().name(), km,
					Phrase.of("distance.straight"), Phrase.of("reach.straight", "km", Math.round(reachKm)),
					place == null ? null : place.name(),
					place == null ? null : place.position().distanceKm(cell.centre()), drivers(c, i, origin)));
		}
		alerts.sort(Comparator.comparingDouble(Alert::probability).reversed());
		return alerts;
	}

	/**
	 * One month of a cell's past: attacks on civilians and deaths in organised violence.
	 */
	public record PastMonth(YearMonth month, int attacks, int fatalities) {
	}

	/**
	 * One month of a cell's forecast of attacks on civilians: the chance of at least one,
	 * the mean, and the 10th and 90th percentiles of the samples.
	 */
	public record ForecastMonth(YearMonth month, double pAny, double mean, int p10, int p90) {
	}

	/**
	 * A cell's last three years and the next twelve months, with what the forecast rests
	 * on.
	 */
	public record CellOutlook(int gid, double lon, double lat, String region, long population, YearMonth origin,
			List<PastMonth> history, List<ForecastMonth> forecast, List<Phrase> drivers) {
	}

	/** {@link CellOutlook} of one cell of the mission's area. */
	public CellOutlook cellOutlook(String missionId, YearMonth origin, int gid) {
		Computed c = compute(missionId, origin);
		int i = IntStream.range(0, c.panel().areaSize())
			.filter(k -> c.panel().cells().get(k).gid() == gid)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("cell of the mission's area", gid));
		GridCell cell = c.panel().cells().get(i);
		int o = c.panel().monthIndex(origin);
		List<PastMonth> history = new ArrayList<>();
		for (int k = 35; k >= 0; k--) {
			history.add(new PastMonth(origin.minusMonths(k), c.panel().value(ForecastTarget.CIVILIAN_ATTACKS, i, o - k),
					c.panel().value(ForecastTarget.FATALITIES, i, o - k)));
		}
		List<ForecastMonth> forecast = new ArrayList<>();
		for (int h = 0; h < c.forecast().horizon(); h++) {
			int[] draws = c.forecast().samples()[i][h].clone();
			Arrays.sort(draws);
			forecast.add(new ForecastMonth(origin.plusMonths(h + 1L), c.forecast().pAny(i, h), c.forecast().mean(i, h),
					draws[(int) Math.floor(0.1 * (draws.length - 1))],
					draws[(int) Math.ceil(0.9 * (draws.length - 1))]));
		}
		return new CellOutlook(gid, cell.centre().lon(), cell.centre().lat(), cell.region(), cell.population(), origin,
				history, forecast, drivers(c, i, origin));
	}

	/**
	 * The backtest of every model and baseline on the stored incidents, as the
	 * {@code backtest} command runs it on files; kept until the incidents change.
	 */
	public Backtest.Report backtest(String missionId, ForecastTarget target, List<YearMonth> origins, int horizon) {
		return backtest(missionId, target, origins, horizon, Backtest.Progress.NONE);
	}

	/** The same, telling the progress of the long steps. */
	public Backtest.Report backtest(String missionId, ForecastTarget target, List<YearMonth> origins, int horizon,
			Backtest.Progress progress) {
		List<YearMonth> sorted = checkBacktest(missionId, origins, horizon);
		Optional<Backtest.Report> known = knownBacktest(missionId, target, sorted, horizon);
		if (known.isPresent()) {
			progress.step(1, 1, "done");
			return known.get();
		}
		String key = backtestKey(missionId, target, sorted, horizon);
		YearMonth last = sorted.get(sorted.size() - 1).plusMonths(horizon);
		CellMonthPanel panel = panels.panel(missionId, last,
				sorted.get(0).minusYears(BoostedHurdleModel.TRAINING_YEARS + 4), true);
		// Seed 1, as the backtest command's default: the same table as BENCHMARKS.md.
		Backtest.Report report = Backtest.evaluate(panel, Baselines.withLearned(model), sorted, target, horizon,
				SAMPLES, 1, progress);
		backtests.keySet().removeIf(old -> old.startsWith(missionId + "|" + target + "|"));
		backtests.put(key, report);
		return report;
	}

	/**
	 * The origins in order, or a refusal naming what is wrong: one to five origins, a
	 * horizon of 1 to 12 months, and the months scored within the stored incidents.
	 */
	public List<YearMonth> checkBacktest(String missionId, List<YearMonth> origins, int horizon) {
		if (origins.isEmpty() || origins.size() > 5) {
			throw new InvalidInputException("origins", Phrase.of("problem.warning.origins"));
		}
		if (horizon < 1 || horizon > 12) {
			throw new InvalidInputException("horizon", Phrase.of("problem.warning.horizon"));
		}
		List<YearMonth> sorted = origins.stream().sorted().toList();
		YearMonth dataEnd = latestOrigin(missionId);
		YearMonth last = sorted.get(sorted.size() - 1);
		if (last.plusMonths(horizon).isAfter(dataEnd)) {
			throw new InvalidInputException("origins", Phrase.of("problem.warning.beyondData", "origin",
					last.toString(), "horizon", horizon, "end", dataEnd.toString()));
		}
		return sorted;
	}

	/** A backtest already run on the incidents as they are now, if there is one. */
	public Optional<Backtest.Report> knownBacktest(String missionId, ForecastTarget target,
			List<YearMonth> sortedOrigins, int horizon) {
		return Optional.ofNullable(backtests.get(backtestKey(missionId, target, sortedOrigins, horizon)));
	}

	private String backtestKey(String missionId, ForecastTarget target, List<YearMonth> sortedOrigins, int horizon) {
		return missionId + "|" + target + "|" + sortedOrigins + "|" + horizon + "|" + stateOf(missionId);
	}

	/**
	 * Attacks on civilians per cell of the mission's area in the {@code months} months up
	 * to the origin.
	 *
	 * @param events attacks on civilians
	 * @param monthsWithAttacks months with at least one
	 */
	public record CellHistory(int events, int monthsWithAttacks) {
	}

	/** {@link CellHistory} per cell (gid), from the stored incidents. */
	public Map<Integer, CellHistory> recentAttacks(String missionId, YearMonth origin, int months) {
		CellMonthPanel panel = panels.panel(missionId, origin, origin.minusMonths(months - 1L), false);
		int o = panel.monthIndex(origin);
		Map<Integer, CellHistory> history = new HashMap<>();
		for (int c = 0; c < panel.cells().size(); c++) {
			int events = 0;
			int withAttacks = 0;
			for (int k = 0; k < months; k++) {
				int v = panel.value(ForecastTarget.CIVILIAN_ATTACKS, c, o - k);
				events += v;
				withAttacks += v > 0 ? 1 : 0;
			}
			history.put(panel.cells().get(c).gid(), new CellHistory(events, withAttacks));
		}
		return history;
	}

	/**
	 * Changes whenever the facts of the mission's stored incidents do, or those of a
	 * mission it is pooled with: what forecasts and results derived from them are cached
	 * under. Counted in memory ({@link DataChanges}: every change to incidents says so,
	 * here and on every other server) instead of a query over all their incidents at each
	 * forecast; a triage status alone, which no forecast reads, leaves it as it is.
	 */
	public long stateOf(String missionId) {
		missions.mission(missionId);
		// The learned model learns from the missions it is pooled with: any of their
		// incidents changes it.
		long state = changes.version(DataChanges.Kind.INCIDENTS, missionId);
		for (String other : panels.pooledWith(missionId)) {
			state = state * 31 + other.hashCode() * 17L + changes.version(DataChanges.Kind.INCIDENTS, other);
		}
		return state;
	}

	/** An alert as a CAP 1.2 message. */
	public String cap(String missionId, YearMonth origin, int gid, double threshold, double reachKm) {
		Alert alert = alerts(missionId, origin, threshold, reachKm).stream()
			.filter(a -> a.gid() == gid)
			.findFirst()
			.orElseThrow(() -> new org.bluehelmet.system.NotFoundException("alert for cell", gid));
		return cap(missionId, alert);
	}

	/** An alert of the mission as a CAP 1.2 message, sent now, in English and French. */
	public String cap(String missionId, Alert alert) {
		return CapMessage.of(alert, missionId, missions.mission(missionId).name(), Instant.now(), messages);
	}

	private Computed compute(String missionId, YearMonth origin) {
		long state = stateOf(missionId);
		String key = missionId + "|" + origin;
		Computed known = computed.get(key);
		if (known != null && known.incidentState() == state) {
			return known;
		}
		CellMonthPanel panel = panels.panel(missionId, origin, origin.minusYears(BoostedHurdleModel.TRAINING_YEARS + 4),
				true);
		BoostedHurdleModel.Fitted fitted = model.fit(panel, ForecastTarget.CIVILIAN_ATTACKS, origin, 12, SAMPLES,
				origin.getYear() * 100L + origin.getMonthValue());
		Computed fresh = new Computed(state, panel, fitted.forecast(), fitted);
		computed.put(key, fresh);
		return fresh;
	}

	/**
	 * What the forecast rests on, in words: the cell's and its neighbours' recent
	 * history.
	 */
	private static List<Phrase> drivers(Computed computed, int cell, YearMonth origin) {
		// The model's own reasons (the features raising this cell's chance most), then
		// the cell's history in words.
		List<Phrase> drivers = new ArrayList<>(computed.fitted().drivers(cell, 0, 3));
		drivers.addAll(history(computed.panel(), cell, origin));
		return drivers;
	}

	private static List<Phrase> history(CellMonthPanel panel, int cell, YearMonth origin) {
		int o = panel.monthIndex(origin);
		int own12 = 0;
		int since = -1;
		for (int k = 0; k < 36; k++) {
			int v = panel.value(ForecastTarget.CIVILIAN_ATTACKS, cell, o - k);
			if (k < 12) {
				own12 += v;
			}
			if (v > 0 && since < 0) {
				since = k;
			}
		}
		int deaths12 = 0;
		for (int k = 0; k < 12; k++) {
			deaths12 += panel.value(ForecastTarget.FATALITIES, cell, o - k);
		}
		List<Phrase> drivers = new ArrayList<>();
		drivers.add(Phrase.of("history.last12", "count", CellFeatures.count(own12, ForecastTarget.CIVILIAN_ATTACKS),
				"origin", origin));
		drivers.add(since < 0 ? Phrase.of("history.none36", "origin", origin)
				: since == 0 ? Phrase.of("history.lastIn", "month", origin) : Phrase.of("history.lastBefore", "month",
						origin.minusMonths(since), "months", Phrase.of("driver.months", "n", since), "origin", origin));
		drivers.add(Phrase.of("history.last12", "count", CellFeatures.count(deaths12, ForecastTarget.FATALITIES),
				"origin", origin));
		// The distance to the force is the alert's own (by road, or in a straight line,
		// as it says): not repeated here in another measure.
		return drivers;
	}

	private static double distance(Position centre, SiteSnapshot site) {
		return centre.distanceKm(site.site().position());
	}

}
