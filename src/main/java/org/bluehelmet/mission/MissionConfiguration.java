package org.bluehelmet.mission;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MissionProperties.class)
class MissionConfiguration {

	/**
	 * On first start with an empty database, load the demo so that a new user sees the
	 * real picture at once.
	 */
	@Bean
	ApplicationRunner demoMissionOnEmptyDatabase(MissionProperties properties, DemoMission demo) {
		return args -> {
			if (properties.loadDemo() && demo.loadIfEmpty()) {
				// Loading grew the heap for what is now garbage; one full collection
				// lets G1 shrink it and give the memory back to a field laptop before
				// anyone uses the server.
				System.gc();
			}
			demo.completeOlderDemo();
		};
	}

}
