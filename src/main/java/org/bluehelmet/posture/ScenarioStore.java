package org.bluehelmet.posture;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bluehelmet.system.MissionRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Saved posture scenarios (SQL). */
@Repository
class ScenarioStore {

	private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

	private final JdbcClient jdbc;

	private final MissionRows<SavedScenario> rows;

	ScenarioStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.rows = new MissionRows<>(jdbc, "posture_scenario", "id", ScenarioStore::saved);
	}

	long insert(String missionId, ScenarioResult result, Instant at, String user) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO posture_scenario (mission_id, name, kind, request, result, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(missionId, result.name(), result.kind().name(), JSON.writeValueAsString(result.request()),
					JSON.writeValueAsString(result), Timestamp.from(at), user)
			.update(key, "id");
		return key.getKey().longValue();
	}

	boolean nameTaken(String missionId, String name) {
		return rows.taken(missionId, "name", name);
	}

	List<SavedScenario> all(String missionId) {
		return rows.all(missionId);
	}

	Optional<SavedScenario> find(String missionId, long id) {
		return rows.find(missionId, id);
	}

	private static SavedScenario saved(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new SavedScenario(rs.getLong("id"), rs.getString("mission_id"), rs.getString("name"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
				JSON.readValue(rs.getString("result"), ScenarioResult.class));
	}

	void delete(String missionId, long id) {
		rows.delete(missionId, id);
	}

}
