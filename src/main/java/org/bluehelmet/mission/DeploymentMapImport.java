package org.bluehelmet.mission;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bluehelmet.audit.AuditLog;
import org.bluehelmet.geo.GridCell;
import org.bluehelmet.geo.GridCellStore;
import org.bluehelmet.geo.PrioGrid;
import org.bluehelmet.system.RejectedFileException;
import org.bluehelmet.system.RowProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds later deployment maps to a mission from a Geo-PKO file (the layout of a pack's
 * {@code deployments.csv}): the maps whose month the mission has are left as they are, so
 * importing the same file twice stores nothing the second time. The file is checked whole
 * first (every row readable, of the mission, inside its cells); all or nothing; audited.
 */
@Service
public class DeploymentMapImport {

	private final MissionStore store;

	private final MissionGeographyStore geography;

	private final MissionService missions;

	private final GridCellStore cells;

	private final AuditLog audit;

	DeploymentMapImport(MissionStore store, MissionGeographyStore geography, MissionService missions,
			GridCellStore cells, AuditLog audit) {
		this.store = store;
		this.geography = geography;
		this.missions = missions;
		this.cells = cells;
		this.audit = audit;
	}

	/**
	 * What was stored.
	 *
	 * @param missionId the mission
	 * @param rows rows of the file
	 * @param mapsAdded months of the maps stored
	 * @param mapsAlreadyStored months of the file's maps the mission had already
	 * @param sitesAdded sites seen for the first time
	 */
	public record AddedMaps(String missionId, int rows, List<YearMonth> mapsAdded, List<YearMonth> mapsAlreadyStored,
			int sitesAdded) {
	}

	@Transactional
	public AddedMaps importFile(String missionId, Reader csv, String fileName, String actor) {
		Mission mission = missions.mission(missionId);
		List<GeoPkoRow> rows;
		try (csv) {
			rows = GeoPkoCsvReader.read(csv, fileName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		checkInArea(missionId, rows, fileName);
		GeoPkoImport.AddedMaps added = new GeoPkoImport(store, geography.gazetteer(missionId),
				OfficialLanguages.bundled())
			.addRows(mission, rows, missions.sectorCells(missionId));
		AddedMaps result = new AddedMaps(missionId, rows.size(), added.added(), added.alreadyStored(),
				added.sitesAdded());
		if (!added.added().isEmpty()) {
			Map<String, Object> what = new LinkedHashMap<>();
			what.put("file", fileName);
			what.put("maps", result);
			audit.record(actor, missionId, "deployments.import", "mission", missionId, null, what);
		}
		missions.changed(missionId);
		return result;
	}

	/** Every row must be of the mission and lie in one of its cells. */
	private void checkInArea(String missionId, List<GeoPkoRow> rows, String fileName) {
		Mission mission = missions.mission(missionId);
		Set<Integer> gids = new HashSet<>();
		for (GridCell cell : cells.findAll(missionId)) {
			gids.add(cell.gid());
		}
		List<RowProblem> problems = new ArrayList<>();
		for (GeoPkoRow row : rows) {
			if (row.mission() != null && !row.mission().equalsIgnoreCase(mission.name())) {
				problems.add(new RowProblem(row.line(), "mission",
						"a deployment of " + row.mission() + ", not of " + mission.name()));
			}
			else if (!gids.contains(PrioGrid.gidOf(row.position()))) {
				problems.add(new RowProblem(row.line(), "longitude", row.location() + " at " + row.position().lon()
						+ ", " + row.position().lat() + " lies outside the mission's cells"));
			}
		}
		if (!problems.isEmpty()) {
			throw new RejectedFileException(fileName, problems);
		}
	}

}
