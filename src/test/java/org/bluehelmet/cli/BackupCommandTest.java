package org.bluehelmet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.bluehelmet.DemoPacks;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} and {@code restore}: a backup of a database with the demo and an import
 * restores into an empty embedded database and into an empty PostgreSQL database with
 * every table equal, row for row and value for value; a damaged file or a database that
 * is not empty is refused with nothing changed.
 */
class BackupCommandTest {

	@TempDir
	Path folder;

	private final Console console = new Console();

	@Test
	void restoresEveryTableIntoAnEmptyEmbeddedOrPostgresDatabase() throws Exception {
		String source = folder.resolve("source").toString();
		Path events = folder.resolve("events.csv");
		List<String> lines = Files.readAllLines(DemoPacks.file("minusma", "incidents-ucdp.csv"));
		Files.write(events, lines.subList(0, 3));
		assertThat(console.run("import", "incidents", "--mission", "minusma", "--format", "ucdp", events.toString(),
				"--data-dir", source))
			.as(console.err())
			.isZero();
		// A browser session: never backed up (its id would let a backup's reader take it
		// over).
		try (Connection connection = h2(source); Statement statement = connection.createStatement()) {
			statement.executeUpdate("INSERT INTO spring_session VALUES ('p1', 's1', 0, 0, 1800, 0, 'admin')");
		}
		Path backup = folder.resolve("minusma.bhbackup");
		assertThat(console.run("backup", "--out", backup.toString(), "--data-dir", source)).as(console.err()).isZero();
		assertThat(console.out()).contains("Backed up");

		String copy = folder.resolve("copy").toString();
		assertThat(console.run("restore", backup.toString(), "--data-dir", copy)).as(console.err()).isZero();
		Map<String, List<List<Object>>> original = tables(h2(source));
		assertThat(original.get("incident")).hasSizeGreaterThan(1000);
		assertThat(original.get("audit_entry")).isNotEmpty();
		assertThat(original.remove("spring_session")).hasSize(1);
		Map<String, List<List<Object>>> restored = tables(h2(copy));
		assertThat(restored.remove("spring_session")).isEmpty();
		assertSameAfterRestore(original, restored);

		String postgres = TestDatabases.freshPostgres("bluehelmet_restore");
		assertThat(console.run("restore", backup.toString(), "--db", postgres, "--db-user", "postgres"))
			.as(console.err())
			.isZero();
		Map<String, List<List<Object>>> inPostgres = tables(DriverManager.getConnection(postgres, "postgres", ""));
		assertThat(inPostgres.remove("spring_session")).isEmpty();
		assertSameAfterRestore(original, inPostgres);
		assertThat(console.run("check", "--db", postgres, "--db-user", "postgres")).as(console.err()).isZero();
		assertThat(console.run("check", "--data-dir", copy)).as(console.err()).isZero();

		// Once more into the same database: refused, nothing changed.
		assertThat(console.run("restore", backup.toString(), "--data-dir", copy)).isEqualTo(1);
		assertThat(console.err()).contains("only into an empty database");
		assertThat(tables(h2(copy)).get("incident")).hasSameSizeAs(original.get("incident"));
	}

	@Test
	void refusesADamagedBackupAndRestoresNothing() throws Exception {
		String source = folder.resolve("source").toString();
		assertThat(console.run("mission", "list", "--data-dir", source)).isZero();
		Path backup = folder.resolve("b.bhbackup");
		assertThat(console.run("backup", "--out", backup.toString(), "--data-dir", source)).isZero();
		byte[] bytes = Files.readAllBytes(backup);
		Path damaged = folder.resolve("damaged.bhbackup");
		// Cut the file short: the manifest at its end is lost.
		Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		String copy = folder.resolve("copy").toString();
		assertThat(console.run("restore", damaged.toString(), "--data-dir", copy)).isEqualTo(1);
		assertThat(console.err()).contains("Nothing restored");
		assertThat(tables(h2(copy)).get("incident")).isEmpty();
		assertThat(tables(h2(copy)).get("mission")).isEmpty();
	}

	/**
	 * The restored database holds the original's rows, plus one audit entry for the
	 * restore itself, and the audit head that points at it.
	 */
	private static void assertSameAfterRestore(Map<String, List<List<Object>>> original,
			Map<String, List<List<Object>>> restored) {
		assertThat(restored.keySet()).isEqualTo(original.keySet());
		for (String table : original.keySet()) {
			List<List<Object>> rows = restored.get(table);
			if (table.equals("audit_head")) {
				continue;
			}
			if (table.equals("audit_entry")) {
				assertThat(rows).hasSize(original.get(table).size() + 1);
				assertThat(rows.get(rows.size() - 1)).contains("restore");
				rows = rows.subList(0, rows.size() - 1);
			}
			assertThat(rows).as(table).isEqualTo(original.get(table));
		}
	}

	private static int compareRows(List<Object> a, List<Object> b) {
		Object x = a.isEmpty() ? null : a.get(0);
		Object y = b.isEmpty() ? null : b.get(0);
		if (x instanceof Number m && y instanceof Number n) {
			int byNumber = Double.compare(m.doubleValue(), n.doubleValue());
			if (byNumber != 0) {
				return byNumber;
			}
		}
		return String.valueOf(a).compareTo(String.valueOf(b));
	}

	private static Connection h2(String dataDir) throws SQLException {
		return DriverManager.getConnection(
				"jdbc:h2:file:" + Path.of(dataDir).resolve("bluehelmet")
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE",
				"sa", AuditCommandTest.secret(dataDir));
	}

	/**
	 * Every table's rows, ordered by all their columns, with values compared by meaning.
	 */
	private static Map<String, List<List<Object>>> tables(Connection connection) throws SQLException {
		Map<String, List<List<Object>>> tables = new TreeMap<>();
		try (connection) {
			List<String> names = new ArrayList<>();
			try (ResultSet rs = connection.getMetaData()
				.getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
				while (rs.next()) {
					names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
				}
			}
			names.remove("flyway_schema_history");
			for (String name : names) {
				try (Statement statement = connection.createStatement();
						ResultSet rs = statement.executeQuery("SELECT * FROM " + name)) {
					ResultSetMetaData meta = rs.getMetaData();
					List<List<Object>> rows = new ArrayList<>();
					while (rs.next()) {
						List<Object> row = new ArrayList<>();
						for (int i = 1; i <= meta.getColumnCount(); i++) {
							row.add(value(rs, i, meta.getColumnType(i)));
						}
						rows.add(row);
					}
					// By the first column, numbers as numbers (seq 10 after 9), then the
					// whole row.
					rows.sort(BackupCommandTest::compareRows);
					tables.put(name, rows);
				}
			}
		}
		return tables;
	}

	private static Object value(ResultSet rs, int i, int type) throws SQLException {
		return switch (type) {
			// getLong and its kin, then wasNull: PostgreSQL's driver converts no int4 to
			// Long.
			case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> orNull(rs, rs.getLong(i));
			case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.NUMERIC, Types.DECIMAL -> orNull(rs, rs.getDouble(i));
			case Types.BOOLEAN, Types.BIT -> orNull(rs, rs.getBoolean(i));
			case Types.DATE -> rs.getObject(i, LocalDate.class);
			case Types.TIME -> rs.getObject(i, LocalTime.class);
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
				OffsetDateTime at = rs.getObject(i, OffsetDateTime.class);
				yield at == null ? null : at.toInstant();
			}
			default -> rs.getString(i);
		};
	}

	private static Object orNull(ResultSet rs, Object value) throws SQLException {
		return rs.wasNull() ? null : value;
	}

}
