package org.bluehelmet.incident;

import org.bluehelmet.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The incident contract on a PostgreSQL 15 server, in a database of the tests' own. */
class PostgresIncidentTest extends IncidentContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestDatabases.usePostgres(registry, "bluehelmet_test_incident");
	}

}
