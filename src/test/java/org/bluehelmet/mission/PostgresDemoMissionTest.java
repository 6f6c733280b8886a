package org.bluehelmet.mission;

import org.bluehelmet.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The store contract on a PostgreSQL 15 server, in a database of the tests' own. */
class PostgresDemoMissionTest extends DemoMissionContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestDatabases.usePostgres(registry, "bluehelmet_test_mission");
	}

}
