package org.bluehelmet.incident;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.bluehelmet.geo.Position;
import org.bluehelmet.geo.PrioGrid;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts of incidents by area and month, per cell, and the rows of the in-memory cube;
 * the SQL for them.
 */
@Repository
class IncidentCountStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	IncidentCountStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * What changes whenever the mission's incidents do: how many there are, the sum of
	 * their versions (an edit raises one) and the latest change; see
	 * {@code DataChanges.checkWith}.
	 */
	Object fingerprint(String missionId) {
		return jdbc
			.sql("SELECT COUNT(*), COALESCE(SUM(version), 0), MAX(updated_at) FROM incident WHERE mission_id = ?")
			.param(missionId)
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), String.valueOf(rs.getObject(3))))
			.single();
	}

	/**
	 * Incidents and casualties per area and month, in area and month order.
	 * @param area the column to group by: {@code sector}, {@code gid} or
	 * {@code category}; a constant of the caller, never input
	 */
	List<AreaMonthCount> countsByAreaAndMonth(IncidentFilter filter, String area) {
		IncidentSql.Where where = IncidentSql.where(filter);
		return jdbc
			.sql("SELECT " + area
					+ " AS area, EXTRACT(YEAR FROM occurred_on) AS y, EXTRACT(MONTH FROM occurred_on) AS m, "
					+ "COUNT(*) AS n, " + IncidentSql.sum("killed_peacekeepers", "killed_civilians", "killed_others")
					+ " AS killed, " + IncidentSql.sum("wounded_peacekeepers", "wounded_civilians", "wounded_others")
					+ " AS wounded " + "FROM incident WHERE " + where.sql() + " GROUP BY " + area
					+ ", EXTRACT(YEAR FROM occurred_on), " + "EXTRACT(MONTH FROM occurred_on) ORDER BY area, y, m")
			.params(where.params())
			.query((rs, n) -> new AreaMonthCount(rs.getString("area"), YearMonth.of(rs.getInt("y"), rs.getInt("m")),
					rs.getLong("n"), rs.getLong("killed"), rs.getLong("wounded")))
			.list();
	}

	/** Receives one row of the incident cube. */
	@FunctionalInterface
	interface CubeRow {

		void add(int gid, LocalDate day, IncidentCategory category, int killed);

	}

	/**
	 * Every incident of a mission as (cell, day, category, killed), in cell and day
	 * order, 10,000 rows at a time.
	 */
	void cubeRows(String missionId, CubeRow sink) {
		template.query(connection -> {
			PreparedStatement statement = connection.prepareStatement(
					"""
							SELECT gid, occurred_on, category,
							  COALESCE(killed_peacekeepers, 0) + COALESCE(killed_civilians, 0) + COALESCE(killed_others, 0) AS killed
							FROM incident WHERE mission_id = ? ORDER BY gid, occurred_on""");
			statement.setFetchSize(10_000);
			statement.setString(1, missionId);
			return statement;
		}, (ResultSet rs) -> {
			sink.add(rs.getInt(1), rs.getObject(2, LocalDate.class), IncidentCategory.valueOf(rs.getString(3)),
					rs.getInt(4));
		});
	}

	/**
	 * The same counts as the cube, computed by the database, for the filter's incidents
	 * in the given cells (all cells when {@code null}): the reference the cube is
	 * measured against.
	 */
	List<CellCount> cellCounts(IncidentFilter filter, int[] gids) {
		IncidentSql.Where filtered = IncidentSql.where(filter);
		IncidentSql.Where where = gids == null ? filtered : new IncidentSql.Where(
				filtered.sql() + " AND gid IN (" + IncidentSql.joinInts(gids) + ")", filtered.params());
		return jdbc
			.sql("SELECT gid, COUNT(*) AS n, "
					+ IncidentSql.sum("killed_peacekeepers", "killed_civilians", "killed_others")
					+ " AS killed FROM incident WHERE " + where.sql() + " GROUP BY gid ORDER BY gid")
			.params(where.params())
			.query((rs, n) -> {
				Position centre = PrioGrid.centreOf(rs.getInt("gid"));
				return new CellCount(rs.getInt("gid"), centre.lon(), centre.lat(), rs.getLong("n"),
						rs.getLong("killed"));
			})
			.list();
	}

	Optional<LocalDate[]> period(String missionId) {
		return jdbc.sql(
				"SELECT MIN(occurred_on) AS first_day, MAX(occurred_on) AS last_day FROM incident WHERE mission_id = ?")
			.param(missionId)
			.query((rs, n) -> rs.getDate("first_day") == null ? null
					: new LocalDate[] { rs.getObject("first_day", LocalDate.class),
							rs.getObject("last_day", LocalDate.class) })
			.optional();
	}

	/**
	 * The period each source of the mission's incidents covers: per import, the first and
	 * last day of its incidents; for incidents logged in Blue Helmet (no import), the day
	 * the log began (its first record's entry, not the day that record tells of) and
	 * {@code null} (the log goes on).
	 */
	List<LocalDate[]> coverage(String missionId) {
		return jdbc.sql("""
				SELECT import_id, MIN(occurred_on) AS first_day, MAX(occurred_on) AS last_day,
				  MIN(created_at) AS first_entry
				FROM incident WHERE mission_id = ? GROUP BY import_id""")
			.param(missionId)
			.query((rs, n) -> rs.getObject("import_id") == null
					? new LocalDate[] { rs.getObject("first_entry", java.time.OffsetDateTime.class)
						.atZoneSameInstant(java.time.ZoneOffset.UTC)
						.toLocalDate(), null }
					: new LocalDate[] { rs.getObject("first_day", LocalDate.class),
							rs.getObject("last_day", LocalDate.class) })
			.list();
	}

}
