package org.bluehelmet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.bluehelmet.DemoPacks;
import org.bluehelmet.audit.AuditEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bluehelmet audit verify} and {@code check} find an entry changed behind the
 * application's back, even when the chain was computed again without the key, and
 * checkpoints find entries removed from the end; the embedded database's files are the
 * service's alone (issue 14, finding 2).
 */
class AuditCommandTest {

	@TempDir
	Path folder;

	private final Console console = new Console();

	/** The data folder the commands made: two imports, the log verified. */
	private static Path template;

	private String data;

	/**
	 * Two imports into a new data folder, once for the class; each test changes a copy of
	 * it (the commands that made it are the slow part: a Spring context each).
	 */
	@BeforeAll
	static void twoImports(@TempDir Path templateFolder) throws Exception {
		Console console = new Console();
		Path file = templateFolder.resolve("events.csv");
		List<String> lines = Files.readAllLines(DemoPacks.file("minusma", "incidents-ucdp.csv"));
		Files.write(file, lines.subList(0, 4));
		template = templateFolder.resolve("data");
		for (int i = 0; i < 2; i++) {
			assertThat(console.run("import", "incidents", "--mission", "minusma", "--format", "ucdp", file.toString(),
					"--data-dir", template.toString()))
				.as(console.err())
				.isZero();
		}
		assertThat(console.run("audit", "verify", "--data-dir", template.toString())).as(console.err()).isZero();
		assertThat(console.out()).contains("intact");
	}

	/**
	 * A copy of the whole folder, subfolders included (parents before their contents),
	 * its files' permissions kept.
	 */
	@BeforeEach
	void copyOfTheData() throws Exception {
		Path copy = folder.resolve("data");
		try (java.util.stream.Stream<Path> paths = Files.walk(template)) {
			for (Path from : paths.toList()) {
				Files.copy(from, copy.resolve(template.relativize(from).toString()),
						StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
		data = copy.toString();
	}

	@Test
	void findsATamperedEntryAndExitsNonZero() throws Exception {
		try (Connection connection = h2(data); Statement statement = connection.createStatement()) {
			statement.executeUpdate("UPDATE audit_entry SET username = 'somebody-else' WHERE seq = 1");
		}
		assertThat(console.run("audit", "verify", "--data-dir", data)).isEqualTo(1);
		assertThat(console.err()).contains("entry 1 was changed");
	}

	@Test
	void findsAnEntryChangedAndChainedAgainWithoutTheKey() throws Exception {
		try (Connection connection = h2(data)) {
			connection.createStatement()
				.executeUpdate("UPDATE audit_entry SET username = 'somebody-else' WHERE seq = 1");
			rechainWithPlainHashes(connection);
		}
		assertThat(console.run("audit", "verify", "--data-dir", data)).isEqualTo(1);
		assertThat(console.err()).contains("entry 1 is sealed without this installation's key");
		assertThat(console.run("check", "--data-dir", data)).isEqualTo(1);
		assertThat(console.out() + console.err()).contains("sealed without this installation's key");
	}

	@Test
	void checkFindsARecordWhoseAuthorTheLogDoesNotName() throws Exception {
		assertThat(console.run("check", "--data-dir", data)).as(console.err()).isZero();
		try (Connection connection = h2(data); Statement statement = connection.createStatement()) {
			statement.executeUpdate("UPDATE incident_import SET started_by = 'someone-else'");
		}
		assertThat(console.run("check", "--data-dir", data)).isEqualTo(1);
		assertThat(console.out() + console.err()).contains("imports the audit log does not name");
	}

	@Test
	void checkpointsFindEntriesRemovedFromTheEnd() throws Exception {
		Path checkpoints = folder.resolve("checkpoints.csv");
		assertThat(console.run("audit", "checkpoint", "--out", checkpoints.toString(), "--data-dir", data))
			.as(console.err())
			.isZero();
		assertThat(console.run("audit", "verify", "--checkpoints", checkpoints.toString(), "--data-dir", data))
			.as(console.err())
			.isZero();
		try (Connection connection = h2(data); Statement statement = connection.createStatement()) {
			// The last entry removed and the head moved back: the chain alone stays
			// valid.
			ResultSet last = statement.executeQuery("SELECT seq, prev_hash FROM audit_entry ORDER BY seq DESC LIMIT 1");
			last.next();
			long seq = last.getLong(1);
			String prev = last.getString(2);
			statement.executeUpdate("DELETE FROM audit_entry WHERE seq = " + seq);
			statement.executeUpdate("UPDATE audit_head SET seq = " + (seq - 1) + ", hash = '" + prev + "'");
		}
		assertThat(console.run("audit", "verify", "--data-dir", data)).isZero();
		assertThat(console.run("audit", "verify", "--checkpoints", checkpoints.toString(), "--data-dir", data))
			.isEqualTo(1);
		assertThat(console.err()).contains("missing from the log");
	}

	@Test
	void theDatabaseFolderAndFilesAreTheServicesAlone() throws Exception {
		// The folder as the commands made it, not the test's copy.
		Path folder = template;
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("bluehelmet.mv.db"))))
			.isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("db.secret"))))
			.isEqualTo("rw-------");
		// The database's user has a password: the empty one of old is refused.
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> DriverManager.getConnection(
				"jdbc:h2:file:" + folder.resolve("bluehelmet") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", ""))
			.isInstanceOf(SQLException.class);
	}

	/** What someone with write access to the database but not the key would do. */
	private static void rechainWithPlainHashes(Connection connection) throws SQLException {
		List<AuditEntry> entries = new ArrayList<>();
		try (ResultSet rows = connection.createStatement().executeQuery("SELECT * FROM audit_entry ORDER BY seq")) {
			while (rows.next()) {
				entries.add(new AuditEntry(rows.getLong("seq"), rows.getTimestamp("at").toInstant(),
						rows.getString("username"), rows.getString("mission_id"), rows.getString("action"),
						rows.getString("entity"), rows.getString("entity_id"), rows.getString("before_json"),
						rows.getString("after_json"), rows.getString("prev_hash"), rows.getString("hash")));
			}
		}
		String prev = AuditEntry.GENESIS;
		for (AuditEntry e : entries) {
			String hash = new AuditEntry(e.seq(), e.at(), e.username(), e.missionId(), e.action(), e.entity(),
					e.entityId(), e.before(), e.after(), prev, null)
				.plainHash();
			connection.createStatement()
				.executeUpdate("UPDATE audit_entry SET prev_hash = '" + prev + "', hash = '" + hash + "' WHERE seq = "
						+ e.seq());
			prev = hash;
		}
		connection.createStatement().executeUpdate("UPDATE audit_head SET hash = '" + prev + "'");
	}

	static String secret(String dataDir) {
		try {
			return Files.readString(Path.of(dataDir).resolve("db.secret")).strip();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static Connection h2(String dataDir) throws SQLException {
		return DriverManager.getConnection("jdbc:h2:file:" + Path.of(dataDir).resolve("bluehelmet")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE", "sa", secret(dataDir));
	}

}
