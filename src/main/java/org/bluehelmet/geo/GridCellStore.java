package org.bluehelmet.geo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The PRIO-GRID cells known to this installation; the only class that writes SQL for
 * them. A cell is the same everywhere, so cells are shared by all missions; saving a cell
 * again replaces its static variables.
 */
@Repository
public class GridCellStore {

	private final JdbcClient jdbc;

	GridCellStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts or replaces cells, by {@code gid}. */
	public void saveAll(Collection<GridCell> cells) {
		for (GridCell cell : cells) {
			jdbc.sql("DELETE FROM grid_cell WHERE gid = ?").param(cell.gid()).update();
			jdbc.sql("""
					INSERT INTO grid_cell (gid, grid_row, grid_col, lon, lat, land_area_km2, mountains_share,
					  travel_time_min, centre_in_country, region, admin2_code, population)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(cell.gid(), cell.row(), cell.col(), cell.centre().lon(), cell.centre().lat(),
						cell.landAreaKm2(), cell.mountainsShare(), cell.travelTimeMinutes(), cell.centreInCountry(),
						cell.region(), cell.admin2Code(), cell.population())
				.update();
		}
	}

	public Optional<GridCell> find(int gid) {
		return jdbc.sql("SELECT * FROM grid_cell WHERE gid = ?").param(gid).query(GridCellStore::cell).optional();
	}

	public List<GridCell> findAll(Collection<Integer> gids) {
		if (gids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM grid_cell WHERE gid IN (:gids) ORDER BY gid")
			.param("gids", gids)
			.query(GridCellStore::cell)
			.list();
	}

	public int count() {
		return jdbc.sql("SELECT COUNT(*) FROM grid_cell").query(Integer.class).single();
	}

	private static GridCell cell(ResultSet rs, int rowNum) throws SQLException {
		return new GridCell(rs.getInt("gid"), new Position(rs.getDouble("lon"), rs.getDouble("lat")),
				rs.getObject("land_area_km2", Double.class), rs.getObject("mountains_share", Double.class),
				rs.getObject("travel_time_min", Integer.class), rs.getBoolean("centre_in_country"),
				rs.getString("region"), rs.getString("admin2_code"), rs.getLong("population"));
	}

}
