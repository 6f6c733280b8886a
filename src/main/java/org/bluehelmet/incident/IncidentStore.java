package org.bluehelmet.incident;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.bluehelmet.geo.Position;
import org.bluehelmet.system.DatabaseKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Incidents and their imports: finding, searching, streaming and deleting them, and the
 * candidates for suspected duplicates. New incidents are written by
 * {@link IncidentBatchWriter}; triage by {@link TriageStore}; counts by
 * {@link IncidentCountStore}.
 */
@Repository
class IncidentStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final DatabaseKind database;

	IncidentStore(JdbcClient jdbc, JdbcTemplate template, DatabaseKind database) {
		this.database = database;
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * The incident table, on H2 with the day index named when the filter has a period.
	 * H2's planner prefers the source key's index because it starts with the mission,
	 * which every query names, and then reads every incident of the mission: 27 ms
	 * instead of 2 ms for a page of two years among 50,000 incidents (measured under
	 * {@code bench load}). PostgreSQL's (mission, day) index needs no hint.
	 */
	private String table(IncidentFilter filter) {
		boolean period = filter.from() != null || filter.to() != null;
		return period && database.isH2() ? "incident USE INDEX (incident_time)" : "incident";
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
			.query(IncidentSql::incident)
			.optional();
	}

	/**
	 * The incidents matching a filter from the {@code offset}-th, newest first, and how
	 * many match in all.
	 */
	IncidentPage search(IncidentFilter filter, long offset, int size, Long knownTotal) {
		if (filter.area() != null) {
			return searchInArea(filter, offset, size);
		}
		IncidentSql.Where where = IncidentSql.where(filter);
		long total = knownTotal != null ? knownTotal
				: jdbc.sql("SELECT COUNT(*) FROM " + table(filter) + " WHERE " + where.sql())
					.params(where.params())
					.query(Long.class)
					.single();
		List<Object> params = new ArrayList<>(where.params());
		params.add(size);
		params.add(offset);
		List<Incident> items = jdbc
			.sql("SELECT * FROM " + table(filter) + " WHERE " + where.sql() + " ORDER BY " + filter.sort().orderBy()
					+ " LIMIT ? OFFSET ?")
			.params(params)
			.query(IncidentSql::incident)
			.list();
		return new IncidentPage(items, total, (int) (offset / size), size, List.of());
	}

	/**
	 * Hands every incident matching a filter to {@code consumer}, newest first, reading
	 * 1,000 rows at a time (PostgreSQL streams only inside a transaction).
	 */
	void stream(IncidentFilter filter, Consumer<Incident> consumer) {
		IncidentSql.Where where = IncidentSql.where(filter);
		template.query(connection -> {
			PreparedStatement statement = connection.prepareStatement(
					"SELECT * FROM incident WHERE " + where.sql() + " ORDER BY " + filter.sort().orderBy());
			statement.setFetchSize(1000);
			for (int i = 0; i < where.params().size(); i++) {
				statement.setObject(i + 1, where.params().get(i));
			}
			return statement;
		}, (ResultSet rs) -> {
			Incident incident = IncidentSql.incident(rs, 0);
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

	/**
	 * Pairs of a new incident of {@code source} (those matching {@code newIncidents}, a
	 * condition on {@code n} with one parameter) with an incident of another source of
	 * the mission on the same day, of the same category and inside a box of
	 * {@code degrees} around it; the caller measures the distance. The caller names the
	 * mission and source so that the new rows are not scanned to find them.
	 */
	List<Candidate> duplicateCandidates(String missionId, String source, String newIncidents, long id, double degrees) {
		// Compare only with the mission's other sources, one at a time: most imports meet
		// none, and a same-source join would pair every report with every other of its
		// day.
		List<String> others = otherSources(missionId, source);
		List<Candidate> candidates = new ArrayList<>();
		for (String other : others) {
			candidates.addAll(jdbc.sql("""
					SELECT n.id AS new_id, n.lon AS new_lon, n.lat AS new_lat, o.id AS old_id, o.lon AS old_lon,
					  o.lat AS old_lat
					FROM incident n JOIN incident o ON o.mission_id = n.mission_id AND o.source = ?
					  AND o.occurred_on = n.occurred_on AND o.category = n.category
					  AND o.lat BETWEEN n.lat - ? AND n.lat + ? AND o.lon BETWEEN n.lon - ? AND n.lon + ?
					""" + " WHERE n.mission_id = ? AND n.source = ? AND " + newIncidents + " ORDER BY n.id, o.id")
				.params(other, degrees, degrees, degrees, degrees, missionId, source, id)
				.query((rs, n) -> new Candidate(rs.getLong("new_id"),
						new Position(rs.getDouble("new_lon"), rs.getDouble("new_lat")), rs.getLong("old_id"),
						new Position(rs.getDouble("old_lon"), rs.getDouble("old_lat"))))
				.list());
		}
		candidates.sort(Comparator.comparingLong(Candidate::incidentId).thenComparingLong(Candidate::otherId));
		return candidates;
	}

	/**
	 * The mission's sources other than {@code source}, found by hopping along the source
	 * key's index from one source to the next: a few index seeks where {@code DISTINCT}
	 * would read every incident of the mission (half a second for 500,000 on H2).
	 */
	private List<String> otherSources(String missionId, String source) {
		List<String> others = new ArrayList<>();
		String after = "";
		while (true) {
			Optional<String> next = jdbc.sql(
					"SELECT source FROM incident WHERE mission_id = ? AND source > ? ORDER BY mission_id, source LIMIT 1")
				.params(missionId, after)
				.query(String.class)
				.optional();
			if (next.isEmpty()) {
				return others;
			}
			after = next.get();
			if (!after.equals(source)) {
				others.add(after);
			}
		}
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

	void delete(long id) {
		jdbc.sql("UPDATE incident SET duplicate_of = NULL WHERE duplicate_of = ?").param(id).update();
		jdbc.sql("UPDATE incident SET suspected_duplicate_of = NULL WHERE suspected_duplicate_of = ?")
			.param(id)
			.update();
		jdbc.sql("DELETE FROM incident WHERE id = ?").param(id).update();
	}

	/**
	 * The highest incident id so far, 0 when there is none; through the primary key, at
	 * once.
	 */
	long highestId() {
		return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM incident").query(Long.class).single();
	}

	/**
	 * A fingerprint of the mission's incidents that changes when one is added (the
	 * highest id grows), changed (a version grows) or removed (the count falls): what
	 * caches of results computed from the incidents are kept under. The three figures are
	 * mixed as in a multiplicative hash (Knuth's golden-ratio constant).
	 */
	long state(String missionId) {
		return jdbc
			.sql("SELECT COUNT(*), COALESCE(SUM(version), 0), COALESCE(MAX(id), 0) FROM incident WHERE mission_id = ?")
			.param(missionId)
			.query((rows, n) -> {
				long h = rows.getLong(1);
				h = h * 0x9E3779B97F4A7C15L + rows.getLong(2);
				return h * 0x9E3779B97F4A7C15L + rows.getLong(3);
			})
			.single();
	}

	long count(String missionId) {
		return jdbc.sql("SELECT COUNT(*) FROM incident WHERE mission_id = ?")
			.param(missionId)
			.query(Long.class)
			.single();
	}

}
