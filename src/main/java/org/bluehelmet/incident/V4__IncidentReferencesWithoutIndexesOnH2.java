package org.bluehelmet.incident;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Schema version 4, on the embedded database (H2) only: the incident table's foreign keys
 * to the mission, to the import that stored a row and to the incidents it duplicates are
 * dropped. H2 backs every foreign key with an index of its own, so these four cost every
 * imported row four B-tree inserts: together a fifth of the import's time, which kept it
 * under its target of 25,000 rows a second (BENCHMARKS.md). PostgreSQL, which does not
 * index foreign keys, kept them until version 24 (which drops them for the time their
 * per-row checks took). On H2 the references are kept right by the code that writes them
 * (an incident is only written into a stored mission; deleting an incident clears the
 * references to it) and are checked by {@code bluehelmet check}.
 * <p>
 * A Java migration because H2 names these constraints itself ({@code CONSTRAINT_52F…}):
 * they are looked up, not written down. Spring Boot hands every {@code JavaMigration}
 * bean to Flyway.
 */
@Component
class V4__IncidentReferencesWithoutIndexesOnH2 extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			for (String name : foreignKeys(statement)) {
				statement.execute("ALTER TABLE incident DROP CONSTRAINT \"" + name + "\"");
			}
			statement.execute("DROP INDEX incident_time");
			statement.execute("CREATE INDEX incident_time ON incident (occurred_on)");
		}
	}

	private static List<String> foreignKeys(Statement statement) throws Exception {
		List<String> names = new ArrayList<>();
		try (ResultSet rs = statement.executeQuery("""
				SELECT constraint_name FROM information_schema.table_constraints
				WHERE table_schema = CURRENT_SCHEMA AND table_name = 'incident' AND constraint_type = 'FOREIGN KEY'
				""")) {
			while (rs.next()) {
				names.add(rs.getString(1));
			}
		}
		return names;
	}

}
