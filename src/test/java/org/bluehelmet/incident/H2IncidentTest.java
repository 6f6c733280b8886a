package org.bluehelmet.incident;

import org.bluehelmet.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The incident contract on the embedded H2 database. */
class H2IncidentTest extends IncidentContract {

	@DynamicPropertySource
	static void h2(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

}
