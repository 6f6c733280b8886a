package org.bluehelmet.incident;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bluehelmet.geo.Position;
import org.bluehelmet.geo.PrioGrid;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Incidents, their imports, changes, comments and read marks; the only class that writes
 * SQL for them. Imports go through JDBC batches of the caller's size.
 */
@Repository
class IncidentStore {

	private static final String COLUMNS = """
			mission_id, source, source_id, occurred_on, occurred_until, occurred_time, time_precision, lon, lat,
			position_precision, gid, sector, location_name, category, target, perpetrator, other_side,
			killed_peacekeepers, killed_civilians, killed_others, wounded_peacekeepers, wounded_civilians, wounded_others,
			description, status, priority, import_id, created_by, created_at, updated_at, version""";

	private static final String INSERT = "INSERT INTO incident (" + COLUMNS + ") VALUES (" + "?, ".repeat(30) + "0)";

	private static final String COPY = "COPY incident (" + COLUMNS.replace(", version", "")
			+ ") FROM STDIN WITH (FORMAT csv)";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private volatile Boolean postgres;

	IncidentStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A report placed on the grid and in a sector, ready to store. */
	record Placed(NewIncident report, int gid, String sector) {
	}

	/** Who stores incidents, when, and through which import (or {@code null}). */
	record Provenance(String missionId, String createdBy, Instant createdAt, Long importId) {
	}

	/**
	 * Inserts a batch of incidents in the caller's transaction: on PostgreSQL through
	 * {@code COPY FROM STDIN}, several times faster than batched inserts; elsewhere as a
	 * JDBC batch.
	 */
	void insertBatch(List<Placed> incidents, Provenance provenance) {
		if (isPostgres()) {
			copy(incidents, provenance);
		}
		else {
			template.batchUpdate(INSERT, incidents, incidents.size(),
					(statement, placed) -> bind(statement, placed, provenance));
		}
	}

	private boolean isPostgres() {
		Boolean known = postgres;
		if (known == null) {
			known = template.execute((ConnectionCallback<Boolean>) connection -> "PostgreSQL"
				.equals(connection.getMetaData().getDatabaseProductName()));
			postgres = known;
		}
		return known;
	}

	private void copy(List<Placed> incidents, Provenance provenance) {
		StringBuilder csv = new StringBuilder(incidents.size() * 400);
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
			String at = OffsetDateTime.ofInstant(provenance.createdAt(), ZoneOffset.UTC).toString();
			for (Placed placed : incidents) {
				printer.printRecord(copyRow(placed, provenance, at));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		template.execute((ConnectionCallback<Long>) connection -> {
			try {
				return new CopyManager(connection.unwrap(BaseConnection.class)).copyIn(COPY,
						new StringReader(csv.toString()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * The values of {@link #COPY}'s columns; {@code null} is written unquoted, which COPY
	 * reads as NULL.
	 */
	private static List<Object> copyRow(Placed placed, Provenance provenance, String at) {
		NewIncident r = placed.report();
		Casualties c = r.casualties();
		return Arrays.asList(provenance.missionId(), r.source(), r.sourceId(), r.occurredOn(), r.occurredUntil(),
				r.occurredTime(), r.timePrecision().name(), r.position().lon(), r.position().lat(),
				r.positionPrecision().name(), placed.gid(), placed.sector(), r.locationName(), r.category().name(),
				r.target().name(), r.perpetrator(), r.otherSide(), c.killedPeacekeepers(), c.killedCivilians(),
				c.killedOthers(), c.woundedPeacekeepers(), c.woundedCivilians(), c.woundedOthers(), r.description(),
				TriageStatus.REPORTED.name(), Priority.MEDIUM.name(), provenance.importId(), provenance.createdBy(), at,
				at);
	}

	long insert(Placed incident, Provenance provenance) {
		KeyHolder key = new GeneratedKeyHolder();
		template.update(connection -> {
			PreparedStatement statement = connection.prepareStatement(INSERT, new String[] { "id" });
			bind(statement, incident, provenance);
			return statement;
		}, key);
		return key.getKey().longValue();
	}

	private static void bind(PreparedStatement s, Placed placed, Provenance provenance) throws SQLException {
		NewIncident r = placed.report();
		Timestamp at = Timestamp.from(provenance.createdAt());
		s.setString(1, provenance.missionId());
		s.setString(2, r.source());
		s.setString(3, r.sourceId());
		s.setDate(4, Date.valueOf(r.occurredOn()));
		s.setDate(5, r.occurredUntil() == null ? null : Date.valueOf(r.occurredUntil()));
		s.setTime(6, r.occurredTime() == null ? null : Time.valueOf(r.occurredTime()));
		s.setString(7, r.timePrecision().name());
		s.setDouble(8, r.position().lon());
		s.setDouble(9, r.position().lat());
		s.setString(10, r.positionPrecision().name());
		s.setInt(11, placed.gid());
		s.setString(12, placed.sector());
		s.setString(13, r.locationName());
		s.setString(14, r.category().name());
		s.setString(15, r.target().name());
		s.setString(16, r.perpetrator());
		s.setString(17, r.otherSide());
		Casualties c = r.casualties();
		setCount(s, 18, c.killedPeacekeepers());
		setCount(s, 19, c.killedCivilians());
		setCount(s, 20, c.killedOthers());
		setCount(s, 21, c.woundedPeacekeepers());
		setCount(s, 22, c.woundedCivilians());
		setCount(s, 23, c.woundedOthers());
		s.setString(24, r.description());
		s.setString(25, TriageStatus.REPORTED.name());
		s.setString(26, Priority.MEDIUM.name());
		if (provenance.importId() == null) {
			s.setNull(27, Types.BIGINT);
		}
		else {
			s.setLong(27, provenance.importId());
		}
		s.setString(28, provenance.createdBy());
		s.setTimestamp(29, at);
		s.setTimestamp(30, at);
	}

	private static void setCount(PreparedStatement statement, int index, Integer count) throws SQLException {
		if (count == null) {
			statement.setNull(index, Types.INTEGER);
		}
		else {
			statement.setInt(index, count);
		}
	}

	/** The source ids already stored for a mission and source. */
	Set<String> sourceIds(String missionId, String source) {
		Set<String> ids = new HashSet<>();
		jdbc.sql("SELECT source_id FROM incident WHERE mission_id = ? AND source = ?")
			.params(missionId, source)
			.query(rs -> {
				ids.add(rs.getString(1));
			});
		return ids;
	}

	boolean exists(String missionId, String source, String sourceId) {
		return jdbc.sql("SELECT COUNT(*) FROM incident WHERE mission_id = ? AND source = ? AND source_id = ?")
			.params(missionId, source, sourceId)
			.query(Long.class)
			.single() > 0;
	}

	Optional<Incident> find(String missionId, long id) {
		return jdbc.sql("SELECT * FROM incident WHERE mission_id = ? AND id = ?")
			.params(missionId, id)
			.query(IncidentStore::incident)
			.optional();
	}

	/**
	 * The incidents matching a filter from the {@code offset}-th, newest first, and how
	 * many match in all.
	 */
	IncidentPage search(IncidentFilter filter, long offset, int size) {
		if (filter.area() != null) {
			return searchInArea(filter, offset, size);
		}
		Where where = where(filter);
		long total = jdbc.sql("SELECT COUNT(*) FROM incident WHERE " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		List<Object> params = new ArrayList<>(where.params());
		params.add(size);
		params.add(offset);
		List<Incident> items = jdbc
			.sql("SELECT * FROM incident WHERE " + where.sql() + " ORDER BY " + filter.sort().orderBy()
					+ " LIMIT ? OFFSET ?")
			.params(params)
			.query(IncidentStore::incident)
			.list();
		return new IncidentPage(items, total, (int) (offset / size), size, List.of());
	}

	/**
	 * Incidents and casualties per area and month, in area and month order.
	 * @param area the column to group by: {@code sector}, {@code gid} or
	 * {@code category}; a constant of the caller, never input
	 */
	List<AreaMonthCount> countsByAreaAndMonth(IncidentFilter filter, String area) {
		Where where = where(filter);
		return jdbc
			.sql("SELECT " + area
					+ " AS area, EXTRACT(YEAR FROM occurred_on) AS y, EXTRACT(MONTH FROM occurred_on) AS m, "
					+ "COUNT(*) AS n, " + sum("killed_peacekeepers", "killed_civilians", "killed_others")
					+ " AS killed, " + sum("wounded_peacekeepers", "wounded_civilians", "wounded_others")
					+ " AS wounded " + "FROM incident WHERE " + where.sql() + " GROUP BY " + area
					+ ", EXTRACT(YEAR FROM occurred_on), " + "EXTRACT(MONTH FROM occurred_on) ORDER BY area, y, m")
			.params(where.params())
			.query((rs, n) -> new AreaMonthCount(rs.getString("area"), YearMonth.of(rs.getInt("y"), rs.getInt("m")),
					rs.getLong("n"), rs.getLong("killed"), rs.getLong("wounded")))
			.list();
	}

	/**
	 * How many incidents match per sector; incidents outside every sector are left out.
	 */
	Map<String, Long> countsBySector(IncidentFilter filter) {
		Where where = where(filter);
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("SELECT sector, COUNT(*) AS n FROM incident WHERE " + where.sql()
				+ " AND sector IS NOT NULL GROUP BY sector")
			.params(where.params())
			.query(rs -> {
				counts.put(rs.getString("sector"), rs.getLong("n"));
			});
		return counts;
	}

	/**
	 * Pairs of a new incident (those matching {@code newIncidents}, a condition on
	 * {@code n} with one parameter) with an incident of another source on the same day,
	 * of the same category and inside a box of {@code degrees} around it; the caller
	 * measures the distance.
	 */
	List<Candidate> duplicateCandidates(String newIncidents, long id, double degrees) {
		// Compare only with the mission's other sources, one at a time: most imports meet
		// none, and
		// a same-source join would pair every report with every other of its day.
		List<String> newSources = jdbc.sql("SELECT DISTINCT source, mission_id FROM incident n WHERE " + newIncidents)
			.param(id)
			.query((rs, n) -> rs.getString("mission_id") + "\u0000" + rs.getString("source"))
			.list();
		List<Candidate> candidates = new ArrayList<>();
		for (String missionAndSource : newSources) {
			String missionId = missionAndSource.substring(0, missionAndSource.indexOf('\u0000'));
			String source = missionAndSource.substring(missionId.length() + 1);
			List<String> others = jdbc.sql("SELECT DISTINCT source FROM incident WHERE mission_id = ? AND source <> ?")
				.params(missionId, source)
				.query(String.class)
				.list();
			for (String other : others) {
				candidates.addAll(jdbc.sql("""
						SELECT n.id AS new_id, n.lon AS new_lon, n.lat AS new_lat, o.id AS old_id, o.lon AS old_lon,
						  o.lat AS old_lat
						FROM incident n JOIN incident o ON o.mission_id = n.mission_id AND o.source = ?
						  AND o.occurred_on = n.occurred_on AND o.category = n.category
						  AND o.lat BETWEEN n.lat - ? AND n.lat + ? AND o.lon BETWEEN n.lon - ? AND n.lon + ?
						""" + " WHERE n.source = ? AND " + newIncidents + " ORDER BY n.id, o.id")
					.params(other, degrees, degrees, degrees, degrees, source, id)
					.query((rs, n) -> new Candidate(rs.getLong("new_id"),
							new Position(rs.getDouble("new_lon"), rs.getDouble("new_lat")), rs.getLong("old_id"),
							new Position(rs.getDouble("old_lon"), rs.getDouble("old_lat"))))
					.list());
			}
		}
		candidates.sort(Comparator.comparingLong(Candidate::incidentId).thenComparingLong(Candidate::otherId));
		return candidates;
	}

	record Candidate(long incidentId, Position position, long otherId, Position otherPosition) {
	}

	void markSuspectedDuplicate(long incidentId, long otherId) {
		jdbc.sql("UPDATE incident SET suspected_duplicate_of = ? WHERE id = ?").params(otherId, incidentId).update();
	}

	long createImport(String missionId, String fileName, String format, String user, Instant startedAt) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO incident_import (mission_id, file_name, format, started_by, started_at, status)
				VALUES (?, ?, ?, ?, ?, 'RUNNING')""")
			.params(missionId, fileName, format, user, Timestamp.from(startedAt))
			.update(key, "id");
		return key.getKey().longValue();
	}

	void finishImport(long importId, ImportReport report, Instant finishedAt) {
		jdbc.sql("""
				UPDATE incident_import SET finished_at = ?, status = ?, rows_read = ?, stored = ?, skipped = ?,
				  rejected = ?, problems = ? WHERE id = ?""")
			.params(Timestamp.from(finishedAt), report.status().name(), report.rowsRead(), report.stored(),
					report.skipped(), report.rejected(),
					report.problems().stream().map(Object::toString).collect(Collectors.joining("\n")), importId)
			.update();
	}

	/**
	 * Writes the triage fields if the incident is still at {@code version}, and moves it
	 * to the next version; returns false when someone else changed it first.
	 */
	boolean updateTriage(long id, int version, Incident.Triage triage, Instant at) {
		return jdbc.sql("""
				UPDATE incident SET status = ?, priority = ?, assignee = ?, duplicate_of = ?, category = ?, target = ?,
				  description = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?""")
			.params(triage.status().name(), triage.priority().name(), triage.assignee(), triage.duplicateOf(),
					triage.category().name(), triage.target().name(), triage.description(), Timestamp.from(at), id,
					version)
			.update() == 1;
	}

	void insertChanges(long incidentId, List<IncidentChange> changes) {
		for (IncidentChange change : changes) {
			jdbc.sql("""
					INSERT INTO incident_change (incident_id, changed_by, changed_at, field, old_value, new_value)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(incidentId, change.changedBy(), Timestamp.from(change.changedAt()), change.field(),
						change.oldValue(), change.newValue())
				.update();
		}
	}

	List<IncidentChange> changes(long incidentId) {
		return jdbc.sql("SELECT * FROM incident_change WHERE incident_id = ? ORDER BY changed_at, id")
			.param(incidentId)
			.query((rs, n) -> new IncidentChange(rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant(),
					rs.getString("field"), rs.getString("old_value"), rs.getString("new_value")))
			.list();
	}

	IncidentComment insertComment(long incidentId, String author, Instant at, String text) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO incident_comment (incident_id, author, written_at, text) VALUES (?, ?, ?, ?)")
			.params(incidentId, author, Timestamp.from(at), text)
			.update(key, "id");
		return new IncidentComment(key.getKey().longValue(), author, at, text);
	}

	List<IncidentComment> comments(long incidentId) {
		return jdbc.sql("SELECT * FROM incident_comment WHERE incident_id = ? ORDER BY written_at, id")
			.param(incidentId)
			.query((rs, n) -> new IncidentComment(rs.getLong("id"), rs.getString("author"),
					rs.getTimestamp("written_at").toInstant(), rs.getString("text")))
			.list();
	}

	void delete(long id) {
		jdbc.sql("UPDATE incident SET duplicate_of = NULL WHERE duplicate_of = ?").param(id).update();
		jdbc.sql("UPDATE incident SET suspected_duplicate_of = NULL WHERE suspected_duplicate_of = ?")
			.param(id)
			.update();
		jdbc.sql("DELETE FROM incident WHERE id = ?").param(id).update();
	}

	/**
	 * Hands every incident matching a filter to {@code consumer}, newest first, reading
	 * 1,000 rows at a time (PostgreSQL streams only inside a transaction).
	 */
	void stream(IncidentFilter filter, Consumer<Incident> consumer) {
		Where where = where(filter);
		template.query(connection -> {
			PreparedStatement statement = connection.prepareStatement(
					"SELECT * FROM incident WHERE " + where.sql() + " ORDER BY " + filter.sort().orderBy());
			statement.setFetchSize(1000);
			for (int i = 0; i < where.params().size(); i++) {
				statement.setObject(i + 1, where.params().get(i));
			}
			return statement;
		}, (ResultSet rs) -> {
			Incident incident = incident(rs, 0);
			if (filter.area() == null || filter.area().contains(incident.report().position())) {
				consumer.accept(incident);
			}
		});
	}

	/**
	 * A page of the incidents inside a polygon: the rows of its box streamed and tested
	 * one by one.
	 */
	private IncidentPage searchInArea(IncidentFilter filter, long offset, int size) {
		List<Incident> items = new ArrayList<>();
		long[] total = { 0 };
		stream(filter, incident -> {
			if (total[0] >= offset && items.size() < size) {
				items.add(incident);
			}
			total[0]++;
		});
		return new IncidentPage(items, total[0], (int) (offset / size), size, List.of());
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
		Where filtered = where(filter);
		Where where = gids == null ? filtered
				: new Where(filtered.sql() + " AND gid IN (" + joinInts(gids) + ")", filtered.params());
		return jdbc
			.sql("SELECT gid, COUNT(*) AS n, " + sum("killed_peacekeepers", "killed_civilians", "killed_others")
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

	/** Of these incidents, those the person has not seen at their current version. */
	List<Long> unreadAmong(List<Long> ids, String username) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("SELECT i.id FROM incident i LEFT JOIN incident_read r ON r.incident_id = i.id AND r.username = ? "
					+ "WHERE i.id IN (" + "?, ".repeat(ids.size() - 1)
					+ "?) AND (r.read_version IS NULL OR r.read_version < i.version)" + " ORDER BY i.id")
			.params(concat(username, ids))
			.query(Long.class)
			.list();
	}

	void markRead(long id, String username, int version) {
		jdbc.sql("DELETE FROM incident_read WHERE incident_id = ? AND username = ?").params(id, username).update();
		jdbc.sql("INSERT INTO incident_read (incident_id, username, read_version) VALUES (?, ?, ?)")
			.params(id, username, version)
			.update();
	}

	private static List<Object> concat(Object first, List<?> rest) {
		List<Object> all = new ArrayList<>();
		all.add(first);
		all.addAll(rest);
		return all;
	}

	/**
	 * The highest incident id so far, 0 when there is none; through the primary key, at
	 * once.
	 */
	long highestId() {
		return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM incident").query(Long.class).single();
	}

	long count(String missionId) {
		return jdbc.sql("SELECT COUNT(*) FROM incident WHERE mission_id = ?")
			.param(missionId)
			.query(Long.class)
			.single();
	}

	private static String joinInts(int[] values) {
		StringBuilder joined = new StringBuilder();
		for (int value : values) {
			joined.append(joined.isEmpty() ? "" : ",").append(value);
		}
		return joined.isEmpty() ? "NULL" : joined.toString();
	}

	private static String sum(String... columns) {
		List<String> parts = new ArrayList<>();
		for (String column : columns) {
			parts.add("COALESCE(SUM(" + column + "), 0)");
		}
		return String.join(" + ", parts);
	}

	/** A WHERE clause with positional parameters. */
	private record Where(String sql, List<Object> params) {
	}

	private static Where where(IncidentFilter filter) {
		List<String> clauses = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		clauses.add("mission_id = ?");
		params.add(filter.missionId());
		if (filter.sector() != null) {
			clauses.add("sector = ?");
			params.add(filter.sector());
		}
		if (filter.area() != null) {
			// The polygon's box here; whether a point is inside the polygon is decided in
			// Java.
			clauses.add("lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?");
			params.addAll(List.of(filter.area().box().minLon(), filter.area().box().maxLon(),
					filter.area().box().minLat(), filter.area().box().maxLat()));
		}
		if (filter.bbox() != null) {
			clauses.add("lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?");
			params.addAll(List.of(filter.bbox().minLon(), filter.bbox().maxLon(), filter.bbox().minLat(),
					filter.bbox().maxLat()));
		}
		if (filter.from() != null) {
			clauses.add("occurred_on >= ?");
			params.add(Date.valueOf(filter.from()));
		}
		if (filter.to() != null) {
			clauses.add("occurred_on <= ?");
			params.add(Date.valueOf(filter.to()));
		}
		in(clauses, params, "category", filter.categories());
		in(clauses, params, "target", filter.targets());
		in(clauses, params, "status", filter.statuses());
		if (filter.source() != null) {
			clauses.add("source = ?");
			params.add(filter.source());
		}
		return new Where(String.join(" AND ", clauses), params);
	}

	private static void in(List<String> clauses, List<Object> params, String column, Set<? extends Enum<?>> values) {
		if (!values.isEmpty()) {
			clauses.add(column + " IN (" + "?, ".repeat(values.size() - 1) + "?)");
			values.stream().map(Enum::name).sorted().forEach(params::add);
		}
	}

	private static Incident incident(ResultSet rs, int rowNum) throws SQLException {
		Date until = rs.getDate("occurred_until");
		Time time = rs.getTime("occurred_time");
		NewIncident report = new NewIncident(rs.getString("source"), rs.getString("source_id"),
				rs.getObject("occurred_on", LocalDate.class), until == null ? null : until.toLocalDate(),
				time == null ? null : time.toLocalTime(), TimePrecision.valueOf(rs.getString("time_precision")),
				new Position(rs.getDouble("lon"), rs.getDouble("lat")),
				PositionPrecision.valueOf(rs.getString("position_precision")), rs.getString("location_name"),
				IncidentCategory.valueOf(rs.getString("category")), Target.valueOf(rs.getString("target")),
				rs.getString("perpetrator"), rs.getString("other_side"),
				new Casualties(count(rs, "killed_peacekeepers"), count(rs, "killed_civilians"),
						count(rs, "killed_others"), count(rs, "wounded_peacekeepers"), count(rs, "wounded_civilians"),
						count(rs, "wounded_others")),
				rs.getString("description"));
		long duplicateOf = rs.getLong("duplicate_of");
		Long duplicate = rs.wasNull() ? null : duplicateOf;
		long suspectedOf = rs.getLong("suspected_duplicate_of");
		Long suspected = rs.wasNull() ? null : suspectedOf;
		return new Incident(rs.getLong("id"), rs.getString("mission_id"), report, rs.getInt("gid"),
				rs.getString("sector"), TriageStatus.valueOf(rs.getString("status")),
				Priority.valueOf(rs.getString("priority")), rs.getString("assignee"), duplicate, suspected,
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}

	private static Integer count(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, Integer.class);
	}

}
