package org.bluehelmet.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The incident contract on the embedded H2 database. */
class H2IncidentTest extends IncidentContract {

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void h2(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Test
	void keepsOnlyTheIndexesAnImportMustPayFor() {
		// Every index costs each imported row a B-tree insert on H2 (BENCHMARKS.md); one
		// added by a foreign key would quietly bring the import under its target again.
		assertThat(jdbc
			.sql("""
					SELECT i.index_type_name || ' ' || LISTAGG(c.column_name, ',') WITHIN GROUP (ORDER BY c.ordinal_position)
					FROM information_schema.indexes i JOIN information_schema.index_columns c
					  ON c.table_name = i.table_name AND c.index_name = i.index_name
					WHERE i.table_name = 'incident' GROUP BY i.index_name, i.index_type_name
					""")
			.query(String.class)
			.list()).containsExactlyInAnyOrder("PRIMARY KEY id", "UNIQUE INDEX mission_id,source,source_id",
					"INDEX occurred_on");
	}

}
