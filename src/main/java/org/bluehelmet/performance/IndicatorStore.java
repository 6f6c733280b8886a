package org.bluehelmet.performance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bluehelmet.incident.IncidentCategory;
import org.bluehelmet.system.MissionRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Indicators (SQL). */
@Repository
class IndicatorStore {

	private final JdbcClient jdbc;

	private final MissionRows<Indicator> rows;

	IndicatorStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.rows = new MissionRows<>(jdbc, "indicator", "code, id", IndicatorStore::indicator);
	}

	long insert(Indicator i) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO indicator (mission_id, code, name, measure, sector, categories, baseline, baseline_year,
				  target, direction, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(i.missionId(), i.code(), i.name(), i.measure().name(), i.sector(),
					i.categories().stream().map(Enum::name).sorted().collect(Collectors.joining(";")), i.baseline(),
					i.baselineYear(), i.target(), i.direction().name(), i.note(), Timestamp.from(i.createdAt()),
					i.createdBy())
			.update(key, "id");
		return key.getKey().longValue();
	}

	boolean codeTaken(String missionId, String code) {
		return rows.taken(missionId, "code", code);
	}

	List<Indicator> all(String missionId) {
		return rows.all(missionId);
	}

	Optional<Indicator> find(String missionId, long id) {
		return rows.find(missionId, id);
	}

	void delete(String missionId, long id) {
		rows.delete(missionId, id);
	}

	private static Indicator indicator(ResultSet rs, int row) throws SQLException {
		String categories = rs.getString("categories");
		Set<IncidentCategory> parsed = categories == null || categories.isBlank() ? Set.of()
				: Arrays.stream(categories.split(";")).map(IncidentCategory::valueOf).collect(Collectors.toSet());
		double baseline = rs.getDouble("baseline");
		Double baselineOrNull = rs.wasNull() ? null : baseline;
		int year = rs.getInt("baseline_year");
		Integer yearOrNull = rs.wasNull() ? null : year;
		return new Indicator(rs.getLong("id"), rs.getString("mission_id"), rs.getString("code"), rs.getString("name"),
				Measure.valueOf(rs.getString("measure")), rs.getString("sector"), parsed, baselineOrNull, yearOrNull,
				rs.getDouble("target"), Indicator.Direction.valueOf(rs.getString("direction")), rs.getString("note"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
	}

}
