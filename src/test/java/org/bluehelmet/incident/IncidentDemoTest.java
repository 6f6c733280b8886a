package org.bluehelmet.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.bluehelmet.DemoPacks;
import org.bluehelmet.TestDatabases;
import org.bluehelmet.mission.DemoMission;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "bluehelmet.mission.load-demo=false")
class IncidentDemoTest {

	@Autowired
	DemoMission demo;

	@Autowired
	IncidentService incidents;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Test
	void loadsTheBundledUcdpEventsWithTheDemoMission() {
		assertThat(demo.loadIfEmpty()).isTrue();
		assertThat(incidents.count("minusma")).isEqualTo(DemoPacks.incidents("minusma"));
		// The second demo, in the pack layout: UCDP GED 23.1's events in the Central
		// African Republic.
		assertThat(incidents.count("minusca")).isEqualTo(DemoPacks.incidents("minusca"));
	}

}
