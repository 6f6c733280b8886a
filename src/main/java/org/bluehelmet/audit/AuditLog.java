package org.bluehelmet.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the audit log and reads it. An entry is written in the transaction of the
 * change it records, so that a change is never stored without its entry nor the entry
 * without the change. Nothing here updates or deletes an entry.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock = Clock.systemUTC();

	private final AuditKey key;

	AuditLog(JdbcClient jdbc, AuditKey key) {
		this.jdbc = jdbc;
		this.key = key;
		this.json = JsonMapper.builder().build();
	}

	/**
	 * Records a change or an export, joining the caller's transaction (or running in one
	 * of its own).
	 * @param before the record before (any value Jackson writes), or {@code null}
	 * @param after the record after, or {@code null}
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String username, String missionId, String action, String entity, Object entityId, Object before,
			Object after) {
		// Taking the head's row lock serialises writers: the chain never forks, and
		// numbers have no gaps because a rolled-back change rolls its number back too.
		jdbc.sql("UPDATE audit_head SET seq = seq + 1 WHERE id = 1").update();
		Head head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1")
			.query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
			.single();
		AuditEntry entry = AuditEntry.sealed(key, head.seq(), clock.instant(), username, missionId, action, entity,
				entityId == null ? null : entityId.toString(), toJson(before), toJson(after), head.hash());
		jdbc.sql("""
				INSERT INTO audit_entry (seq, at, username, mission_id, action, entity, entity_id, before_json,
				  after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(entry.seq(), Timestamp.from(entry.at()), entry.username(), entry.missionId(), entry.action(),
					entry.entity(), entry.entityId(), entry.before(), entry.after(), entry.prevHash(), entry.hash())
			.update();
		jdbc.sql("UPDATE audit_head SET hash = ? WHERE id = 1").param(entry.hash()).update();
	}

	/** Records in a transaction of its own: for exports, which change nothing. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordNow(String username, String missionId, String action, String entity, Object entityId,
			Object before, Object after) {
		record(username, missionId, action, entity, entityId, before, after);
	}

	/**
	 * Entries newest first, of the given missions only ({@code null}: every entry,
	 * including those of no mission).
	 */
	public List<AuditEntry> entries(Set<String> missions, String action, long beforeSeq, int limit) {
		StringBuilder where = new StringBuilder("seq < ?");
		List<Object> params = new java.util.ArrayList<>(List.of(beforeSeq));
		if (missions != null) {
			if (missions.isEmpty()) {
				return List.of();
			}
			where.append(" AND mission_id IN (")
				.append(String.join(",", missions.stream().map(m -> "?").toList()))
				.append(')');
			params.addAll(missions);
		}
		if (action != null && !action.isBlank()) {
			where.append(" AND action = ?");
			params.add(action);
		}
		return jdbc.sql("SELECT * FROM audit_entry WHERE " + where + " ORDER BY seq DESC LIMIT " + limit)
			.params(params)
			.query((rs, n) -> entry(rs))
			.list();
	}

	/** Every entry in order, streamed. */
	void forEach(Consumer<AuditEntry> consumer) {
		jdbc.sql("SELECT * FROM audit_entry ORDER BY seq").withFetchSize(1000).query(rs -> {
			consumer.accept(entry(rs));
		});
	}

	/**
	 * Seals every entry again under the key, in order, in one transaction: once, for a
	 * log written before entries were keyed, after its plain chain was verified.
	 */
	@Transactional
	void reseal() {
		List<AuditEntry> all = new java.util.ArrayList<>();
		forEach(all::add);
		String prev = AuditEntry.GENESIS;
		for (AuditEntry old : all) {
			AuditEntry entry = AuditEntry.sealed(key, old.seq(), old.at(), old.username(), old.missionId(),
					old.action(), old.entity(), old.entityId(), old.before(), old.after(), prev);
			jdbc.sql("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE seq = ?")
				.params(entry.prevHash(), entry.hash(), entry.seq())
				.update();
			prev = entry.hash();
		}
		jdbc.sql("UPDATE audit_head SET hash = ? WHERE id = 1").param(prev).update();
	}

	/** The number and hash of the last entry, as the head row keeps them. */
	Head head() {
		return jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1")
			.query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
			.single();
	}

	record Head(long seq, String hash) {
	}

	private static AuditEntry entry(ResultSet rs) throws SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("username"),
				rs.getString("mission_id"), rs.getString("action"), rs.getString("entity"), rs.getString("entity_id"),
				rs.getString("before_json"), rs.getString("after_json"), rs.getString("prev_hash"),
				rs.getString("hash"));
	}

	private String toJson(Object value) {
		return value == null ? null : json.writeValueAsString(value);
	}

}
