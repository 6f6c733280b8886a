package org.bluehelmet.geo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The PRIO-GRID cells known to this installation, and each mission's view of them; the
 * only class that writes SQL for cells. Position and PRIO-GRID's static variables are the
 * same for everyone ({@code grid_cell}); whether a cell's centre is in the host country,
 * its region, area code and population belong to the mission that saved the cell
 * ({@code mission_cell}), so that two missions sharing a border cell keep their own
 * values.
 */
@Repository
public class GridCellStore {

	private static final String SELECT = """
			SELECT g.gid, g.lon, g.lat, g.land_area_km2, g.mountains_share, g.travel_time_min,
			  m.centre_in_country, m.region, m.admin2_code, m.population
			FROM grid_cell g JOIN mission_cell m ON m.gid = g.gid""";

	private final JdbcClient jdbc;

	GridCellStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts or replaces a mission's cells, by {@code gid}: the mission's values replace
	 * its own only; a cell's static variables are written when the cell is new.
	 */
	public void saveAll(String missionId, Collection<GridCell> cells) {
		for (GridCell cell : cells) {
			jdbc.sql("""
					INSERT INTO grid_cell (gid, grid_row, grid_col, lon, lat, land_area_km2, mountains_share,
					  travel_time_min)
					SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM grid_cell WHERE gid = ?)""")
				.params(cell.gid(), cell.row(), cell.col(), cell.centre().lon(), cell.centre().lat(),
						cell.landAreaKm2(), cell.mountainsShare(), cell.travelTimeMinutes(), cell.gid())
				.update();
			jdbc.sql("DELETE FROM mission_cell WHERE mission_id = ? AND gid = ?")
				.params(missionId, cell.gid())
				.update();
			jdbc.sql("""
					INSERT INTO mission_cell (mission_id, gid, centre_in_country, region, admin2_code, population)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(missionId, cell.gid(), cell.centreInCountry(), cell.region(), cell.admin2Code(),
						cell.population())
				.update();
		}
	}

	/** The cell as the mission sees it. */
	public Optional<GridCell> find(String missionId, int gid) {
		return jdbc.sql(SELECT + " WHERE m.mission_id = ? AND g.gid = ?")
			.params(missionId, gid)
			.query(GridCellStore::cell)
			.optional();
	}

	/** The cells as the mission sees them; cells it has not saved are left out. */
	public List<GridCell> findAll(String missionId, Collection<Integer> gids) {
		if (gids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " WHERE m.mission_id = :mission AND g.gid IN (:gids) ORDER BY g.gid")
			.param("mission", missionId)
			.param("gids", gids)
			.query(GridCellStore::cell)
			.list();
	}

	/** Every cell the mission has, as the mission sees it. */
	public List<GridCell> findAll(String missionId) {
		return jdbc.sql(SELECT + " WHERE m.mission_id = ? ORDER BY g.gid")
			.param(missionId)
			.query(GridCellStore::cell)
			.list();
	}

	/** How many cells the mission has. */
	public int count(String missionId) {
		return jdbc.sql("SELECT COUNT(*) FROM mission_cell WHERE mission_id = ?")
			.param(missionId)
			.query(Integer.class)
			.single();
	}

	private static GridCell cell(ResultSet rs, int rowNum) throws SQLException {
		return new GridCell(rs.getInt("gid"), new Position(rs.getDouble("lon"), rs.getDouble("lat")),
				rs.getObject("land_area_km2", Double.class), rs.getObject("mountains_share", Double.class),
				rs.getObject("travel_time_min", Integer.class), rs.getBoolean("centre_in_country"),
				rs.getString("region"), rs.getString("admin2_code"), rs.getLong("population"));
	}

}
