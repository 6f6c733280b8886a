package org.bluehelmet.warning;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.bluehelmet.geo.GridCell;
import org.bluehelmet.geo.GridCellStore;
import org.bluehelmet.geo.PrioGrid;
import org.bluehelmet.incident.IncidentFilter;
import org.bluehelmet.incident.IncidentService;
import org.bluehelmet.incident.TriageStatus;
import org.bluehelmet.mission.MissionService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A mission's stored incidents as a cell-month panel, alone or with the other missions'.
 * Pooling is on by default ({@code bluehelmet.warning.pool-missions}); a server whose
 * missions must not inform each other's forecasts turns it off: pooled, the counts of
 * another mission's incidents in the cells bordering a mission's area can show among an
 * alert's reasons.
 */
@Component
class MissionPanels {

	private final IncidentService incidents;

	private final MissionService missions;

	private final GridCellStore cells;

	private final boolean poolMissions;

	MissionPanels(IncidentService incidents, MissionService missions, GridCellStore cells,
			@Value("${bluehelmet.warning.pool-missions:true}") boolean poolMissions) {
		this.incidents = incidents;
		this.missions = missions;
		this.cells = cells;
		this.poolMissions = poolMissions;
	}

	/**
	 * The other missions a mission's learned model learns from, in a fixed order: every
	 * other mission, or none when pooling is off. What its forecasts' caches follow.
	 */
	List<String> pooledWith(String missionId) {
		if (!poolMissions) {
			return List.of();
		}
		return missions.missions()
			.stream()
			.map(org.bluehelmet.mission.Mission::id)
			.filter(id -> !id.equals(missionId))
			.sorted()
			.toList();
	}

	/**
	 * Counts per cell and month of the mission's area, from {@code first} to the origin;
	 * {@code pooled}: with the cells and incidents of the missions it is pooled with
	 * ({@link #pooledWith}) as context that the learned model learns from too (one model
	 * over several areas learned more than one per area in the backtest, BENCHMARKS.md),
	 * each known up to the last month its own data cover.
	 */
	CellMonthPanel panel(String missionId, YearMonth origin, YearMonth first, boolean pooled) {
		List<GridCell> area = cells.findAll(missionId, missions.sectorCells(missionId).keySet());
		List<String> others = pooled ? pooledWith(missionId) : List.of();
		Map<String, List<GridCell>> contextOf = new java.util.LinkedHashMap<>();
		others.forEach(id -> contextOf.put(id, cells.findAll(id, missions.sectorCells(id).keySet())));
		CellMonthPanel panel = new CellMonthPanel(area, contextOf.values().stream().flatMap(List::stream).toList(),
				first, origin);
		panel.placeSites(month -> missions.sitesAt(missionId, month).stream().map(s -> s.site().position()).toList());
		// Every report but those marked as duplicates of another, up to the origin.
		incidents.forEach(IncidentFilter.of(missionId).between(first.atDay(1), origin.atEndOfMonth()), incident -> {
			if (incident.status() != TriageStatus.DUPLICATE) {
				panel.add(incident.report());
			}
		});
		int group = 0;
		for (Map.Entry<String, List<GridCell>> other : contextOf.entrySet()) {
			group++;
			// Another mission's reports count in its own cells only: one in the area
			// (a shared border cell) is the area's own record's to count.
			incidents.forEach(IncidentFilter.of(other.getKey()).between(first.atDay(1), origin.atEndOfMonth()),
					incident -> {
						if (incident.status() != TriageStatus.DUPLICATE
								&& panel.indexOf(PrioGrid.gidOf(incident.report().position())) >= panel.areaSize()) {
							panel.add(incident.report());
						}
					});
			List<Integer> indexes = other.getValue()
				.stream()
				.map(cell -> panel.indexOf(cell.gid()))
				.filter(i -> i >= panel.areaSize())
				.toList();
			panel.group(indexes, group);
			// Known up to its data's last month (none: nothing to learn from it).
			YearMonth covered = incidents.coveredUntil(other.getKey()).orElse(first.minusMonths(1));
			panel.coveredUntil(indexes, covered.isAfter(origin) ? origin : covered);
		}
		return panel;
	}

}
