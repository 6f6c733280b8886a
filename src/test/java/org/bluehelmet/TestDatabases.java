package org.bluehelmet;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Databases for tests: a fresh in-memory H2 database per call, or a fresh database of the
 * tests' own on the PostgreSQL server that {@code .ci/run} makes sure is up (system
 * property {@code bluehelmet.test.pg-url}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user postgres).
 */
public final class TestDatabases {

	private TestDatabases() {
	}

	/** Points the application under test at a fresh in-memory H2 database. */
	public static void useFreshH2(DynamicPropertyRegistry registry) {
		String url = freshH2();
		registry.add("spring.datasource.url", () -> url);
	}

	/**
	 * A fresh in-memory H2 database that lives as long as a connection to it is open: the
	 * application's pool keeps it while the context runs, and closing the context frees
	 * it (with {@code DB_CLOSE_DELAY=-1} every test class's copy of the demo stayed in
	 * the heap until the end, and collecting around them cost the run a fifth of its
	 * time).
	 */
	public static String freshH2() {
		return "jdbc:h2:mem:test-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
	}

	/**
	 * Drops and creates the database {@code name} on the test server; returns its JDBC
	 * URL.
	 */
	public static String freshPostgres(String name) {
		String adminUrl = System.getProperty("bluehelmet.test.pg-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
		try (Connection connection = DriverManager.getConnection(adminUrl, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"The PostgreSQL tests need a server at " + adminUrl
							+ " (user postgres, trust authentication); bash .ci/run starts one. " + ex.getMessage(),
					ex);
		}
		return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
	}

	/**
	 * Points the application under test at a fresh database {@code name} on the
	 * PostgreSQL test server.
	 */
	public static void usePostgres(DynamicPropertyRegistry registry, String name) {
		String url = freshPostgres(name);
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	/** A file of the project's shared data ({@code ../shared/data}), for tests only. */
	public static Path sharedData(String file) {
		return Path.of(System.getProperty("bluehelmet.shared-data", "../shared/data")).resolve(file);
	}

}
