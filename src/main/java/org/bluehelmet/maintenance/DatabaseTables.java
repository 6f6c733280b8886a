package org.bluehelmet.maintenance;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The application's tables as the database describes them (JDBC metadata), in an order
 * that restores without breaking a foreign key: every table after the tables it refers to
 * (Kahn's topological sort). References of a table to itself are filled in afterwards.
 */
record DatabaseTables(List<Table> tables) {

	/** Flyway's own table: its state is the schema version, which the manifest keeps. */
	static final String FLYWAY = "flyway_schema_history";

	/**
	 * Browser sessions (Spring Session's tables): never backed up, since a session's id
	 * in a backup file would let its reader take the session over, and a restored
	 * installation's users log in again anyway.
	 */
	static final String SESSIONS = "spring_session";

	/**
	 * Jobs and their uploaded files: work under way, which a restored installation does
	 * not resume (the imports they made are backed up with their incidents).
	 */
	static final Set<String> JOBS = Set.of("job", "job_file");

	/**
	 * A table: its columns in order, its identity column (or {@code null}) and its
	 * columns that refer to itself.
	 */
	record Table(String name, List<String> columns, String identity, Set<String> selfReferences) {
	}

	static DatabaseTables read(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		String schema = connection.getSchema();
		Map<String, Table> byName = new LinkedHashMap<>();
		Map<String, Set<String>> refersTo = new LinkedHashMap<>();
		try (ResultSet rs = meta.getTables(null, schema, "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
				if (!name.equals(FLYWAY) && !name.startsWith(SESSIONS) && !JOBS.contains(name)) {
					byName.put(name, null);
				}
			}
		}
		for (String name : List.copyOf(byName.keySet())) {
			List<String> columns = new ArrayList<>();
			String identity = null;
			try (ResultSet rs = meta.getColumns(null, schema, name, "%")) {
				while (rs.next()) {
					String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
					columns.add(column);
					if ("YES".equals(rs.getString("IS_AUTOINCREMENT"))) {
						identity = column;
					}
				}
			}
			Set<String> parents = new LinkedHashSet<>();
			Set<String> self = new LinkedHashSet<>();
			try (ResultSet rs = meta.getImportedKeys(null, schema, name)) {
				while (rs.next()) {
					String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
					if (parent.equals(name)) {
						self.add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
					}
					else {
						parents.add(parent);
					}
				}
			}
			byName.put(name, new Table(name, List.copyOf(columns), identity, Set.copyOf(self)));
			refersTo.put(name, parents);
		}
		return new DatabaseTables(sorted(byName, refersTo));
	}

	private static List<Table> sorted(Map<String, Table> byName, Map<String, Set<String>> refersTo) {
		List<Table> order = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		while (placed.size() < byName.size()) {
			boolean progress = false;
			for (String name : byName.keySet()) {
				if (!placed.contains(name) && placed.containsAll(refersTo.get(name))) {
					order.add(byName.get(name));
					placed.add(name);
					progress = true;
				}
			}
			if (!progress) {
				throw new IllegalStateException("the tables refer to each other in a cycle: " + refersTo);
			}
		}
		return List.copyOf(order);
	}

}
