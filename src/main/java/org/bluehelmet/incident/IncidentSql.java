package org.bluehelmet.incident;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bluehelmet.geo.Position;

/**
 * What the incident stores share: the column list, the WHERE clause of a filter (every
 * value a caller gives is a positional parameter; only integers the code computes, such
 * as cell ids, are written into the SQL), aggregate expressions, and the mapping of a row
 * to an {@link Incident}.
 */
final class IncidentSql {

	private IncidentSql() {
	}

	static final String COLUMNS = """
			mission_id, source, source_id, occurred_on, occurred_until, occurred_time, time_precision, lon, lat,
			position_precision, gid, sector, location_name, category, target, perpetrator, other_side,
			killed_peacekeepers, killed_civilians, killed_others, wounded_peacekeepers, wounded_civilians, wounded_others,
			description, status, priority, import_id, created_by, created_at, updated_at, version, victims, witnesses,
			informants, restricted_notes""";

	/** A WHERE clause with positional parameters. */
	record Where(String sql, List<Object> params) {
	}

	static Where where(IncidentFilter filter) {
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

	static void in(List<String> clauses, List<Object> params, String column, Set<? extends Enum<?>> values) {
		if (!values.isEmpty()) {
			clauses.add(column + " IN (" + "?, ".repeat(values.size() - 1) + "?)");
			values.stream().map(Enum::name).sorted().forEach(params::add);
		}
	}

	static String sum(String... columns) {
		List<String> parts = new ArrayList<>();
		for (String column : columns) {
			parts.add("COALESCE(SUM(" + column + "), 0)");
		}
		return String.join(" + ", parts);
	}

	static String joinInts(int[] values) {
		StringBuilder joined = new StringBuilder();
		for (int value : values) {
			joined.append(joined.isEmpty() ? "" : ",").append(value);
		}
		return joined.isEmpty() ? "NULL" : joined.toString();
	}

	static List<Object> concat(Object first, List<?> rest) {
		List<Object> all = new ArrayList<>();
		all.add(first);
		all.addAll(rest);
		return all;
	}

	static Incident incident(ResultSet rs, int rowNum) throws SQLException {
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
				rs.getString("description"), PersonalData.of(rs.getString("victims"), rs.getString("witnesses"),
						rs.getString("informants"), rs.getString("restricted_notes")));
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

	static Integer count(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, Integer.class);
	}

}
