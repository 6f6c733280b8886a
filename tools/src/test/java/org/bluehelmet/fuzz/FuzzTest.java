package org.bluehelmet.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.bluehelmet.ApiTest;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A short, seeded fuzz run of the importers and the JSON API, bounded in count and time
 * for CI; {@code bluehelmet bench fuzz} runs longer. A failure names its seed, which
 * replays it.
 */
class FuzzTest extends ApiTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Autowired
	ImportFuzz imports;

	@Test
	void theImportersRefuseDamagedFilesCleanlyAndStoreNothingOfThem() {
		FuzzReport report = imports.run("minusma", 20261122L, 400, Duration.ofSeconds(60));
		assertThat(report.failures()).as(report.toString()).isEmpty();
		assertThat(report.cases()).isGreaterThanOrEqualTo(100);
		// The mutations must actually break files, or the test proves nothing.
		assertThat(report.refused()).isGreaterThan(report.cases() / 3);
	}

	@Test
	void theApiNeverAnswersWithAServerErrorOrAStackTrace() throws Exception {
		FuzzReport report = new ApiFuzz(port, "minusma", "admin", PASSWORD).run(20261122L, 600, Duration.ofSeconds(60));
		assertThat(report.failures()).as(report.toString()).isEmpty();
		assertThat(report.cases()).isGreaterThanOrEqualTo(100);
		assertThat(report.refused()).isGreaterThan(report.cases() / 3);
	}

}
