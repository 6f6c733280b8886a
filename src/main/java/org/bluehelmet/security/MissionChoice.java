package org.bluehelmet.security;

import java.util.Optional;

import org.bluehelmet.system.PerAccountValue;
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

	private final PerAccountValue chosen;

	MissionChoice(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.chosen = new PerAccountValue(jdbc, "account_mission_choice", "mission_id");
	}

	Optional<String> of(String username) {
		return chosen.of(username);
	}

	/** Remembers the choice; returns whether there is such a mission to choose. */
	@Transactional
	boolean choose(String username, String missionId) {
		// Read here rather than through the mission feature, which depends on this one.
		if (jdbc.sql("SELECT COUNT(*) FROM mission WHERE id = ?").param(missionId).query(Integer.class).single() == 0) {
			return false;
		}
		chosen.set(username, missionId);
		return true;
	}

}
