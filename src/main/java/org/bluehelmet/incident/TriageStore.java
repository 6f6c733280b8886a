package org.bluehelmet.incident;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.bluehelmet.system.DatabaseKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Triage state, the history of changes, comments and read marks of incidents; the SQL for
 * them.
 */
@Repository
class TriageStore {

	private final JdbcClient jdbc;

	private final DatabaseKind database;

	TriageStore(JdbcClient jdbc, DatabaseKind database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	/**
	 * Writes the triage fields if the incident is still at {@code version}, and moves it
	 * to the next version; returns false when someone else changed it first.
	 */
	boolean updateTriage(long id, int version, Incident.Triage triage, Instant at) {
		return jdbc.sql("""
				UPDATE incident SET status = ?, priority = ?, assignee = ?, duplicate_of = ?, category = ?, target = ?,
				  description = ?, occurred_on = ?, lon = ?, lat = ?, gid = ?, sector = ?, location_name = ?,
				  killed_peacekeepers = ?, killed_civilians = ?, killed_others = ?, wounded_peacekeepers = ?,
				  wounded_civilians = ?, wounded_others = ?, updated_at = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(triage.status().name(), triage.priority().name(), triage.assignee(), triage.duplicateOf(),
					triage.category().name(), triage.target().name(), triage.description(), triage.facts().occurredOn(),
					triage.facts().position().lon(), triage.facts().position().lat(), triage.facts().gid(),
					triage.facts().sector(), triage.facts().locationName(),
					triage.facts().casualties().killedPeacekeepers(), triage.facts().casualties().killedCivilians(),
					triage.facts().casualties().killedOthers(), triage.facts().casualties().woundedPeacekeepers(),
					triage.facts().casualties().woundedCivilians(), triage.facts().casualties().woundedOthers(),
					Timestamp.from(at), id, version)
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

	/** Of these incidents, those the person has not seen at their current version. */
	List<Long> unreadAmong(List<Long> ids, String username) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("SELECT i.id FROM incident i LEFT JOIN incident_read r ON r.incident_id = i.id AND r.username = ? "
					+ "WHERE i.id IN (" + "?, ".repeat(ids.size() - 1)
					+ "?) AND (r.read_version IS NULL OR r.read_version < i.version)" + " ORDER BY i.id")
			.params(IncidentSql.concat(username, ids))
			.query(Long.class)
			.list();
	}

	/**
	 * Notes that the person has seen the incident at this version. Idempotent and never
	 * conflicts with a concurrent read: the row is only ever moved forward, and inserted
	 * only when missing ({@code ON CONFLICT DO NOTHING}, which H2 understands in its
	 * PostgreSQL mode); deleting and inserting it made 17 of 20 parallel reads fail.
	 */
	void markRead(long id, String username, int version) {
		int moved = jdbc.sql(
				"UPDATE incident_read SET read_version = ? WHERE incident_id = ? AND username = ? AND read_version < ?")
			.params(version, id, username, version)
			.update();
		// Read again at the same version, the usual case, costs one look-up and no write.
		if (moved == 0 && jdbc.sql("SELECT COUNT(*) FROM incident_read WHERE incident_id = ? AND username = ?")
			.params(id, username)
			.query(Integer.class)
			.single() == 0) {
			moved = jdbc.sql("""
					INSERT INTO incident_read (incident_id, username, read_version) VALUES (?, ?, ?)
					ON CONFLICT DO NOTHING""").params(id, username, version).update();
		}
		if (moved > 0) {
			committedWithoutWaitingForDisk();
		}
	}

	/**
	 * On PostgreSQL, the transaction that marks an incident read commits without waiting
	 * for its write to reach the disk ({@code SET LOCAL synchronous_commit TO OFF}, the
	 * asynchronous commit of PostgreSQL's manual, chapter "Reliability and the
	 * Write-Ahead Log"): a crash can forget the last fraction of a second of read marks
	 * (the incidents show as unread again), never anything else and never half of it, and
	 * opening an incident after it changed no longer waits for a flush. Only for this
	 * transaction, which does nothing else ({@link IncidentService#open}), and only when
	 * it wrote (a read with nothing to write costs no extra round trip); the setting in
	 * force at the commit is the one that counts, so it may come after the write.
	 */
	private void committedWithoutWaitingForDisk() {
		if (database.isPostgres()) {
			jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
		}
	}

	/**
	 * Incidents of a mission logged (not imported) in a period, with when their status
	 * first became VERIFIED.
	 */
	List<Verification> verifications(String missionId, Instant from, Instant to) {
		return jdbc.sql("""
				SELECT i.id, i.created_at,
				  (SELECT MIN(c.changed_at) FROM incident_change c
				    WHERE c.incident_id = i.id AND c.field = 'status' AND c.new_value = 'VERIFIED') AS verified_at
				FROM incident i
				WHERE i.mission_id = ? AND i.import_id IS NULL AND i.created_at >= ? AND i.created_at < ?""")
			.params(missionId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to))
			.query((rs, n) -> new Verification(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("verified_at") == null ? null : rs.getTimestamp("verified_at").toInstant()))
			.list();
	}

}
