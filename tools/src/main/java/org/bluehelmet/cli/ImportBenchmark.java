package org.bluehelmet.cli;

import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.bluehelmet.incident.ImportReport;
import org.bluehelmet.incident.IncidentFormat;
import org.bluehelmet.incident.IncidentImport;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times the import of a file of incidents into a fresh database (the demo mission loaded
 * first, not timed) while sampling the heap every 20 ms; and, as the reference,
 * PostgreSQL's own {@code COPY} of the same file into a bare table of text columns.
 */
final class ImportBenchmark {

	/**
	 * One timed run.
	 *
	 * @param target what was measured
	 * @param rows rows stored
	 * @param seconds wall-clock time
	 * @param peakHeapMegabytes the most heap in use during the run, in MiB, or -1 where
	 * not sampled
	 */
	record Run(String target, long rows, double seconds, long peakHeapMegabytes) {

		double rowsPerSecond() {
			return rows / seconds;
		}

	}

	private ImportBenchmark() {
	}

	/** Imports the file through Blue Helmet into the database the options name. */
	static Run importInto(String target, DatabaseOptions database, Path file) throws Exception {
		try (ConfigurableApplicationContext context = ApplicationContexts.offline(database)) {
			IncidentImport imports = context.getBean(IncidentImport.class);
			System.gc();
			HeapSampler heap = new HeapSampler();
			long start = System.nanoTime();
			ImportReport report;
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				report = imports.importFile("minusma", reader, file.getFileName().toString(), IncidentFormat.UCDP,
						false, "benchmark", rows -> {
						});
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			long peak = heap.stop();
			if (report.status() != ImportReport.Status.STORED) {
				throw new IllegalStateException("the benchmark file was rejected: " + report.problems());
			}
			return new Run(target, report.stored(), seconds, peak);
		}
	}

	/**
	 * PostgreSQL's COPY of the same file into a new table of text columns in the database
	 * at {@code url}.
	 */
	static Run copyInto(String url, String user, String password, Path file) throws Exception {
		List<String> header;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			header = List.of(new java.io.BufferedReader(reader).readLine().split(","));
		}
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE IF EXISTS ucdp_copy");
			statement.execute("CREATE TABLE ucdp_copy ("
					+ header.stream().map(column -> "\"" + column + "\" text").collect(Collectors.joining(", ")) + ")");
			CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
			long start = System.nanoTime();
			long rows;
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				rows = copy.copyIn("COPY ucdp_copy FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			statement.execute("DROP TABLE ucdp_copy");
			return new Run("PostgreSQL COPY (reference)", rows, seconds, -1);
		}
	}

	/** Drops and creates a database on a PostgreSQL server; returns its URL. */
	static String freshPostgresDatabase(String adminUrl, String user, String password, String name) throws Exception {
		try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + name);
		}
		return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
	}

	/**
	 * Watches the live heap: the heap in use right after each garbage collection (what a
	 * leak or a file held in memory would make grow), sampled every 20 ms on a daemon
	 * thread; returns the peak in MiB.
	 */
	private static final class HeapSampler {

		private final AtomicLong peak = new AtomicLong();

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final Thread thread;

		HeapSampler() {
			List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
				.toList();
			thread = new Thread(() -> {
				while (running.get()) {
					long live = pools.stream().mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
					peak.accumulateAndGet(live, Math::max);
					try {
						Thread.sleep(20);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "heap-sampler");
			thread.setDaemon(true);
			thread.start();
		}

		long stop() throws InterruptedException {
			running.set(false);
			thread.join();
			return peak.get() / (1024 * 1024);
		}

	}

}
