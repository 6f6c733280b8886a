package org.bluehelmet.cli;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.bluehelmet.geo.BoundingBox;
import org.bluehelmet.incident.ImportReport;
import org.bluehelmet.incident.IncidentCategory;
import org.bluehelmet.incident.IncidentFormat;
import org.bluehelmet.incident.IncidentImport;
import org.bluehelmet.incident.IncidentService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times map-viewport aggregations (incident counts per PRIO-GRID cell for a box, a period
 * and optionally a category) over a large set of incidents: as the application answers
 * them (from memory) and, as the reference, as the database answers the same query with
 * GROUP BY. Queries are random but repeatable (seeded): a box over the country of 0.5° to
 * 16° a side, a period of a month to ten years between 1990 and 2021, one query in five
 * for attacks on civilians only.
 */
final class ViewportBenchmark {

	private static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);

	private static final LocalDate LAST_DAY = LocalDate.of(2021, 12, 31);

	/** One viewport query. */
	record Query(BoundingBox box, LocalDate from, LocalDate to, Set<IncidentCategory> categories) {
	}

	/** Latencies in milliseconds. */
	record Latencies(String target, int queries, double p50, double p95, double p99, double max) {
	}

	interface Answer {

		Object answer(Query query);

	}

	private ViewportBenchmark() {
	}

	static List<Query> queries(int count, long seed) {
		Random random = new Random(seed);
		List<Query> queries = new ArrayList<>();
		long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay();
		for (int i = 0; i < count; i++) {
			double lon = -12 + 16 * random.nextDouble();
			double lat = 10 + 15 * random.nextDouble();
			double half = 0.25 + 7.75 * random.nextDouble();
			LocalDate from = FIRST_DAY.plusDays((long) (random.nextDouble() * days));
			LocalDate to = from.plusDays(30 + (long) (random.nextDouble() * 3620));
			Set<IncidentCategory> categories = random.nextInt(5) == 0 ? Set.of(IncidentCategory.ATTACK_ON_CIVILIANS)
					: Set.of();
			queries.add(new Query(new BoundingBox(Math.max(-180, lon - half), Math.max(-90, lat - half),
					Math.min(180, lon + half), Math.min(90, lat + half)), from, to, categories));
		}
		return queries;
	}

	static Latencies measure(String target, List<Query> queries, Answer answer) {
		double[] millis = new double[queries.size()];
		for (int i = 0; i < queries.size(); i++) {
			long start = System.nanoTime();
			answer.answer(queries.get(i));
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return new Latencies(target, millis.length, percentile(millis, 50), percentile(millis, 95),
				percentile(millis, 99), millis[millis.length - 1]);
	}

	private static double percentile(double[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	/** Imports the file into the database and runs the queries both ways. */
	static List<Latencies> run(DatabaseOptions database, Path file, int queryCount, int referenceCount)
			throws Exception {
		try (ConfigurableApplicationContext context = ApplicationContexts.offline(database)) {
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				ImportReport report = context.getBean(IncidentImport.class)
					.importFile("minusma", reader, file.getFileName().toString(), IncidentFormat.UCDP, false,
							"benchmark", rows -> {
							});
				System.out.printf("Imported %,d incidents (%,d in the mission)%n", report.stored(),
						context.getBean(IncidentService.class).count("minusma"));
			}
			IncidentService incidents = context.getBean(IncidentService.class);
			List<Query> queries = queries(queryCount, 42);
			long start = System.nanoTime();
			incidents.cellCounts("minusma", null, null, null, Set.of());
			System.out.printf("Cube built in %.0f ms (first query after a change)%n",
					(System.nanoTime() - start) / 1e6);
			Answer fromMemory = q -> incidents.cellCounts("minusma", q.box(), q.from(), q.to(), q.categories());
			Answer fromDatabase = q -> incidents.cellCountsFromDatabase("minusma", q.box(), q.from(), q.to(),
					q.categories());
			measure("warm-up", queries.subList(0, Math.min(100, queries.size())), fromMemory);
			measure("warm-up", queries.subList(0, Math.min(20, queries.size())), fromDatabase);
			return List.of(measure("Blue Helmet (cell cube in memory)", queries, fromMemory),
					measure("database GROUP BY (reference)",
							queries.subList(0, Math.min(referenceCount, queries.size())), fromDatabase));
		}
	}

}
