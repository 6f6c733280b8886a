package org.bluehelmet.forcegen;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Requirements, pledges, their steps and the mission's durations; the only SQL of the
 * feature.
 */
@Repository
class ForceGenerationStore {

	private final JdbcClient jdbc;

	ForceGenerationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Requirement> requirements(String missionId) {
		return jdbc.sql("SELECT * FROM requirement WHERE mission_id = ? ORDER BY priority, id")
			.param(missionId)
			.query((rs, n) -> new Requirement(rs.getLong("id"), rs.getString("mission_id"), rs.getString("reference"),
					Capability.valueOf(rs.getString("capability")), rs.getInt("units"), rs.getInt("personnel"),
					rs.getString("equipment"), rs.getString("sector"), rs.getString("language"),
					rs.getObject("women_share_target", Double.class), rs.getObject("needed_by", LocalDate.class),
					rs.getInt("priority"), rs.getString("origin"), rs.getObject("issued_on", LocalDate.class)))
			.list();
	}

	long insertRequirement(Requirement r) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO requirement (mission_id, reference, capability, units, personnel, equipment, sector, language,
						  women_share_target, needed_by, priority, origin, issued_on)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.missionId(), r.reference(), r.capability().name(), r.units(), r.personnel(), r.equipment(),
					r.sector(), r.language(), r.womenShareTarget(),
					r.neededBy() == null ? null : Date.valueOf(r.neededBy()), r.priority(), r.origin(),
					r.issuedOn() == null ? null : Date.valueOf(r.issuedOn()))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	List<Pledge> pledges(String missionId) {
		Map<Long, Map<PledgeStage, LocalDate>> steps = new HashMap<>();
		jdbc.sql("""
				SELECT s.pledge_id, s.stage, s.reached_on FROM pledge_step s JOIN pledge p ON p.id = s.pledge_id
				WHERE p.mission_id = ?""").param(missionId).query(rs -> {
			steps.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(PledgeStage.class))
				.put(PledgeStage.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class));
		});
		return jdbc.sql("SELECT * FROM pledge WHERE mission_id = ? ORDER BY id")
			.param(missionId)
			.query((rs, n) -> pledge(rs, steps.getOrDefault(rs.getLong("id"), Map.of())))
			.list();
	}

	/** Each pledge's version, by id, for a mission. */
	java.util.Map<Long, Integer> versions(String missionId) {
		java.util.Map<Long, Integer> versions = new java.util.HashMap<>();
		jdbc.sql("SELECT id, version FROM pledge WHERE mission_id = ?").param(missionId).query(rs -> {
			versions.put(rs.getLong("id"), rs.getInt("version"));
		});
		return versions;
	}

	int version(long pledgeId) {
		return jdbc.sql("SELECT version FROM pledge WHERE id = ?").param(pledgeId).query(Integer.class).single();
	}

	long insertPledge(Pledge p) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO pledge (mission_id, reference, countries, capability, personnel, women, equipment, readiness,
						  caveats, stage, sector, requirement_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.missionId(), p.reference(), String.join(";", p.countries()), p.capability().name(), p.personnel(),
					p.women(), p.equipment(), p.readiness().name(), String.join(";", p.caveats()), p.stage().name(),
					p.sector(), p.requirementId())
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		p.reached().forEach((stage, day) -> insertStep(id, stage, day));
		return id;
	}

	/**
	 * Records a step reached, if the pledge is still at {@code version}; returns whether
	 * it was.
	 */
	boolean reach(long pledgeId, int version, PledgeStage stage, PledgeStage latest, ReadinessLevel readiness,
			LocalDate day) {
		int updated = jdbc
			.sql("UPDATE pledge SET stage = ?, readiness = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(latest.name(), readiness.name(), pledgeId, version)
			.update();
		if (updated == 0) {
			return false;
		}
		jdbc.sql("DELETE FROM pledge_step WHERE pledge_id = ? AND stage = ?").params(pledgeId, stage.name()).update();
		insertStep(pledgeId, stage, day);
		return true;
	}

	private void insertStep(long pledgeId, PledgeStage stage, LocalDate day) {
		jdbc.sql("INSERT INTO pledge_step (pledge_id, stage, reached_on) VALUES (?, ?, ?)")
			.params(pledgeId, stage.name(), Date.valueOf(day))
			.update();
	}

	boolean pledgeExists(String missionId, String reference) {
		return jdbc.sql("SELECT COUNT(*) FROM pledge WHERE mission_id = ? AND reference = ?")
			.params(missionId, reference)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * The mission's own durations, by step name (with RAPID_DEPLOYMENT and CAMP_READY).
	 */
	Map<String, StageDuration> durations(String missionId) {
		Map<String, StageDuration> durations = new HashMap<>();
		jdbc.sql("SELECT * FROM pipeline_duration WHERE mission_id = ?").param(missionId).query(rs -> {
			durations.put(rs.getString("stage"),
					new StageDuration(rs.getInt("min_days"), rs.getInt("mode_days"), rs.getInt("max_days")));
		});
		return durations;
	}

	void saveDuration(String missionId, String stage, StageDuration duration) {
		jdbc.sql("DELETE FROM pipeline_duration WHERE mission_id = ? AND stage = ?").params(missionId, stage).update();
		jdbc.sql(
				"INSERT INTO pipeline_duration (mission_id, stage, min_days, mode_days, max_days) VALUES (?, ?, ?, ?, ?)")
			.params(missionId, stage, duration.minDays(), duration.modeDays(), duration.maxDays())
			.update();
	}

	private static Pledge pledge(ResultSet rs, Map<PledgeStage, LocalDate> steps) throws SQLException {
		Long requirement = rs.getObject("requirement_id", Long.class);
		return new Pledge(rs.getLong("id"), rs.getString("mission_id"), rs.getString("reference"),
				list(rs.getString("countries")), Capability.valueOf(rs.getString("capability")), rs.getInt("personnel"),
				rs.getInt("women"), rs.getString("equipment"), ReadinessLevel.valueOf(rs.getString("readiness")),
				list(rs.getString("caveats")), PledgeStage.valueOf(rs.getString("stage")), steps,
				rs.getString("sector"), requirement);
	}

	private static List<String> list(String joined) {
		return joined == null || joined.isBlank() ? List.of() : new ArrayList<>(
				Arrays.stream(joined.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList());
	}

}
