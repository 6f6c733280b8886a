package org.bluehelmet.mission;

import org.bluehelmet.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The store contract on the embedded H2 database. */
class H2DemoMissionTest extends DemoMissionContract {

	@DynamicPropertySource
	static void h2(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

}
