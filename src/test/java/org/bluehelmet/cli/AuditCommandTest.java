package org.bluehelmet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bluehelmet audit verify} finds an entry changed behind the application's back.
 */
class AuditCommandTest {

	@TempDir
	Path folder;

	private final Console console = new Console();

	@Test
	void findsATamperedEntryAndExitsNonZero() throws Exception {
		Path file = folder.resolve("events.csv");
		List<String> lines = Files.readAllLines(TestDatabases.sharedData("ucdp_ged_mali_1990_2021.csv"));
		Files.write(file, lines.subList(0, 4));
		String data = folder.resolve("data").toString();
		assertThat(console.run("import", "incidents", "--format", "ucdp", file.toString(), "--data-dir", data))
			.as(console.err())
			.isZero();
		assertThat(console.run("import", "incidents", "--format", "ucdp", file.toString(), "--data-dir", data))
			.isZero();

		assertThat(console.run("audit", "verify", "--data-dir", data)).as(console.err()).isZero();
		assertThat(console.out()).contains("intact");

		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("data/bluehelmet")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE", "sa", "");
				Statement statement = connection.createStatement()) {
			statement.executeUpdate("UPDATE audit_entry SET username = 'somebody-else' WHERE seq = 1");
		}
		assertThat(console.run("audit", "verify", "--data-dir", data)).isEqualTo(1);
		assertThat(console.err()).contains("entry 1 was changed");
	}

}
