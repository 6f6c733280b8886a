package org.bluehelmet.system;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of one table that belong to a mission, each with a generated {@code id}:
 * listed, found, checked for a name taken and deleted always within their mission, so
 * that no query of one mission reaches another's rows (an id of another mission is as one
 * that does not exist). Table, column and order are the code's own words, never a user's.
 *
 * @param <T> what a row is read as
 */
public final class MissionRows<T> {

	private final JdbcClient jdbc;

	private final String table;

	private final String order;

	private final RowMapper<T> row;

	/**
	 * @param table the table, with columns {@code id} and {@code mission_id}
	 * @param order the {@code ORDER BY} of a mission's list
	 * @param row reads one row
	 */
	public MissionRows(JdbcClient jdbc, String table, String order, RowMapper<T> row) {
		this.jdbc = jdbc;
		this.table = table;
		this.order = order;
		this.row = row;
	}

	/** Whether a row of the mission already has this value in {@code column}. */
	public boolean taken(String missionId, String column, Object value) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE mission_id = ? AND " + column + " = ?")
			.params(missionId, value)
			.query(Long.class)
			.single() > 0;
	}

	public List<T> all(String missionId) {
		return jdbc.sql("SELECT * FROM " + table + " WHERE mission_id = ? ORDER BY " + order)
			.param(missionId)
			.query(row)
			.list();
	}

	public Optional<T> find(String missionId, long id) {
		return jdbc.sql("SELECT * FROM " + table + " WHERE mission_id = ? AND id = ?")
			.params(missionId, id)
			.query(row)
			.optional();
	}

	public void delete(String missionId, long id) {
		jdbc.sql("DELETE FROM " + table + " WHERE mission_id = ? AND id = ?").params(missionId, id).update();
	}

}
