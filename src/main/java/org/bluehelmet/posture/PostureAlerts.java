package org.bluehelmet.posture;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bluehelmet.text.Phrase;
import org.bluehelmet.geo.GridCell;
import org.bluehelmet.geo.GridCellStore;
import org.bluehelmet.system.NotFoundException;
import org.bluehelmet.warning.Alert;
import org.bluehelmet.warning.CapMessage;
import org.bluehelmet.warning.WarningService;
import org.springframework.stereotype.Service;

/**
 * Early-warning alerts judged against a posture: cells where an attack on civilians is
 * likely next month, people live, and no camp or TOB of the posture reaches within its
 * response time by road (the planner's {@link Travel}). The posture is the deployment as
 * it stands, or a saved scenario the mission adopts; the alerts follow both the incidents
 * (the forecast is recomputed when they change) and the posture chosen.
 */
@Service
public class PostureAlerts {

	private final WarningService warning;

	private final ScenarioService scenarios;

	private final GridCellStore cells;

	PostureAlerts(WarningService warning, ScenarioService scenarios, GridCellStore cells) {
		this.warning = warning;
		this.scenarios = scenarios;
		this.cells = cells;
	}

	/** The alerts beyond the posture's reach, most likely first. */
	public List<Alert> alerts(String missionId, String scenario, double threshold) {
		return alerts(missionId, scenario, null, threshold);
	}

	/**
	 * The same, forecast from {@code origin} (the last month the data cover when
	 * {@code null}): the map page asks for its own month.
	 */
	public List<Alert> alerts(String missionId, String scenario, YearMonth origin, double threshold) {
		return alerts(missionId, scenarios.named(missionId, scenario),
				origin == null ? warning.latestOrigin(missionId) : origin, threshold);
	}

	/**
	 * The alerts for the month after {@code origin} (forecast from the incidents up to
	 * it) beyond the reach of an evaluated posture.
	 */
	public List<Alert> alerts(String missionId, ScenarioResult result, YearMonth origin, double threshold) {
		Travel travel = result.request().travelOrDefault();
		double minutes = result.request().rulesOrDefault().responseMinutes();
		List<Alert> candidates = warning.alerts(missionId, origin, threshold, 0);
		Map<Integer, GridCell> byGid = new HashMap<>();
		cells.findAll(missionId, candidates.stream().map(Alert::gid).toList()).forEach(c -> byGid.put(c.gid(), c));
		Phrase how = Phrase.of("reach.posture", "posture", result.title(), "minutes", Math.round(minutes));
		List<Alert> beyond = new ArrayList<>();
		for (Alert alert : candidates) {
			GridCell cell = byGid.get(alert.gid());
			PostureSite nearest = null;
			double best = Double.POSITIVE_INFINITY;
			for (PostureSite site : result.sites()) {
				double m = travel.roadMinutes(site.position(), cell);
				if (m < best) {
					best = m;
					nearest = site;
				}
			}
			if (best > minutes) {
				beyond.add(alert.withReach(nearest == null ? null : nearest.name(),
						nearest == null ? null : travel.roadKm(nearest.position(), cell.centre()),
						nearest == null ? how : Phrase.of("reach.postureNearest", "reach", how, "site", nearest.name(),
								"minutes", Math.round(best))));
			}
		}
		return beyond;
	}

	/** One of those alerts as a CAP 1.2 message. */
	public String cap(String missionId, String scenario, YearMonth origin, int gid, double threshold) {
		Alert alert = alerts(missionId, scenario, origin, threshold).stream()
			.filter(a -> a.gid() == gid)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("alert for cell", gid));
		return warning.cap(missionId, alert);
	}

}
