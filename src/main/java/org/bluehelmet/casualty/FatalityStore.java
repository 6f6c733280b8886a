package org.bluehelmet.casualty;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code peacekeeper_fatality} table: each mission's rows of the UN's record. */
@Repository
class FatalityStore {

	private final JdbcClient jdbc;

	FatalityStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Set<String> ids(String missionId) {
		return new HashSet<>(jdbc.sql("SELECT casualty_id FROM peacekeeper_fatality WHERE mission_id = ?")
			.param(missionId)
			.query(String.class)
			.list());
	}

	void insert(String missionId, PeacekeeperFatality fatality) {
		jdbc.sql("""
				INSERT INTO peacekeeper_fatality (mission_id, casualty_id, incident_date, mission_acronym,
				  type_of_casualty, gender, nationality, personnel_type, type_of_incident, isocode3, last_update)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(missionId, fatality.casualtyId(), Date.valueOf(fatality.day()), fatality.mission(),
					fatality.casualtyType(), fatality.gender(), fatality.nationality(), fatality.personnelType(),
					fatality.incidentType(), fatality.isoCode3(),
					fatality.lastUpdate() == null ? null : Date.valueOf(fatality.lastUpdate()))
			.update();
	}

	/** The mission's rows, oldest first. */
	List<PeacekeeperFatality> all(String missionId) {
		return jdbc.sql("SELECT * FROM peacekeeper_fatality WHERE mission_id = ? ORDER BY incident_date, casualty_id")
			.param(missionId)
			.query((rs, n) -> new PeacekeeperFatality(rs.getString("casualty_id"),
					rs.getObject("incident_date", LocalDate.class), rs.getString("mission_acronym"),
					rs.getString("type_of_casualty"), rs.getString("gender"), rs.getString("nationality"),
					rs.getString("personnel_type"), rs.getString("type_of_incident"), rs.getString("isocode3"),
					rs.getObject("last_update", LocalDate.class)))
			.list();
	}

	/** Deaths between two days (inclusive): all, and those of malicious acts. */
	long[] count(String missionId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT COUNT(*), COALESCE(SUM(CASE WHEN LOWER(type_of_incident) = 'malicious act' THEN 1 ELSE 0 END), 0)
				FROM peacekeeper_fatality WHERE mission_id = ? AND incident_date BETWEEN ? AND ?""")
			.params(missionId, Date.valueOf(from), Date.valueOf(to))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	/**
	 * The last day the mission's record covers (its latest update, else its latest
	 * death); empty without a record.
	 */
	Optional<LocalDate> coveredUntil(String missionId) {
		return Optional.ofNullable(jdbc
			.sql("SELECT COALESCE(MAX(last_update), MAX(incident_date)) FROM peacekeeper_fatality WHERE mission_id = ?")
			.param(missionId)
			.query((rs, n) -> rs.getObject(1, LocalDate.class))
			.single());
	}

}
