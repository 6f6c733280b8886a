package org.bluehelmet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Writers racing for the same record: one wins, the others get 409 with nothing changed,
 * never a 500.
 */
class SystemProblemsTest extends ApiTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Test
	void answersRacingWritesOfOneRecordWithOneSuccessAndConflicts() throws Exception {
		String body = """
				{"source":"JOC","sourceId":"%s","occurredOn":"2022-05-01","timePrecision":"DAY",
				 "position":{"lon":-3.9,"lat":14.2},"positionPrecision":"NEAR","category":"AMBUSH","target":"UN"}"""
			.formatted(UUID.randomUUID());
		ApiClient api = new ApiClient(port, "admin", PASSWORD);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Callable<Integer> post = () -> api.post("/api/v1/missions/minusma/incidents", body).statusCode();
			answers.add(pool.submit(post));
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get());
		}
		pool.shutdown();
		assertThat(statuses).containsOnly(201, 409);
		assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
	}

	@Test
	void parallelReadsOfOneIncidentAllSucceed() throws Exception {
		ApiClient api = new ApiClient(port, "admin", PASSWORD);
		String created = api
			.post("/api/v1/missions/minusma/incidents",
					"""
							{"source":"JOC","sourceId":"%s","occurredOn":"2022-05-02","timePrecision":"DAY",
							 "position":{"lon":-3.9,"lat":14.2},"positionPrecision":"NEAR","category":"AMBUSH","target":"UN"}"""
						.formatted(UUID.randomUUID()))
			.body();
		long id = ApiClient.JSON.readTree(created).get("id").asLong();
		ExecutorService pool = Executors.newFixedThreadPool(20);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			answers.add(pool.submit(() -> api.get("/api/v1/missions/minusma/incidents/" + id).statusCode()));
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get());
		}
		pool.shutdown();
		assertThat(statuses).containsOnly(200);
	}

}
