package org.bluehelmet.security;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mission each person last chose in the pages' selector, so that every page opens on
 * it, on any browser they log in from.
 */
@Repository
class MissionChoice {

	private final JdbcClient jdbc;

	MissionChoice(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> of(String username) {
		return jdbc.sql("SELECT mission_id FROM account_mission_choice WHERE username = ?")
			.param(username)
			.query(String.class)
			.optional();
	}

	/** Remembers the choice; returns whether there is such a mission to choose. */
	@Transactional
	boolean choose(String username, String missionId) {
		// Read here rather than through the mission feature, which depends on this one.
		if (jdbc.sql("SELECT COUNT(*) FROM mission WHERE id = ?").param(missionId).query(Integer.class).single() == 0) {
			return false;
		}
		jdbc.sql("DELETE FROM account_mission_choice WHERE username = ?").param(username).update();
		jdbc.sql("INSERT INTO account_mission_choice (username, mission_id) VALUES (?, ?)")
			.params(username, missionId)
			.update();
		return true;
	}

}
