package org.bluehelmet.maintenance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.bluehelmet.audit.AuditLog;
import org.bluehelmet.system.InvalidInputException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backs up every table of the application into one file, and restores such a file into an
 * empty database. The file is a ZIP: {@code manifest.json} (format, schema version, when,
 * and per table its columns, row count and SHA-256) and one {@code tables/NAME.json} per
 * table, a JSON array of rows with typed values. It is written in terms of JDBC and JSON,
 * not of one database's dump format, so a backup of the embedded database restores into
 * PostgreSQL and the other way round.
 * <p>
 * A backup reads all tables in one repeatable-read transaction (one consistent state,
 * while the server keeps working) and is written to a temporary file that is moved into
 * place only when complete. A restore checks the whole file before writing, then writes
 * everything in one transaction: a damaged file or a failed restore leaves the database
 * as empty as it was.
 */
@Service
public class DatabaseBackup {

	static final int FORMAT = 1;

	private static final String MANIFEST = "manifest.json";

	private final DataSource dataSource;

	private final AuditLog audit;

	private final JsonMapper json = JsonMapper.builder().build();

	DatabaseBackup(DataSource dataSource, AuditLog audit) {
		this.dataSource = dataSource;
		this.audit = audit;
	}

	/** What a backup holds, as its manifest says. */
	public record Manifest(int format, String schemaVersion, Instant createdAt, List<TableEntry> tables) {

		/** Rows in all tables. */
		public long rows() {
			return tables.stream().mapToLong(TableEntry::rows).sum();
		}

	}

	/** One table of a backup. */
	public record TableEntry(String name, List<String> columns, long rows, String sha256) {
	}

	/**
	 * Writes a backup of the whole database to {@code file}; returns its manifest.
	 * @param progress told each table's name as it is written
	 */
	public Manifest backup(Path file, String user, Consumer<String> progress) {
		audit.recordNow(user, null, "backup", "database", null, null, Map.of("file", file.getFileName().toString()));
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		try (Connection connection = dataSource.getConnection()) {
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setAutoCommit(false);
			connection.setReadOnly(true);
			DatabaseTables tables = DatabaseTables.read(connection);
			List<TableEntry> entries = new ArrayList<>();
			try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
				for (DatabaseTables.Table table : tables.tables()) {
					progress.accept(table.name());
					zip.putNextEntry(new ZipEntry("tables/" + table.name() + ".json"));
					entries.add(writeTable(connection, table, zip));
					zip.closeEntry();
				}
				Manifest manifest = new Manifest(FORMAT, schemaVersion(connection), Instant.now(), entries);
				zip.putNextEntry(new ZipEntry(MANIFEST));
				zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
				zip.closeEntry();
				zip.finish();
				connection.commit();
				Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				return manifest;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("the backup could not read the database: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the backup could not be written to " + file, ex);
		}
		finally {
			try {
				Files.deleteIfExists(partial);
			}
			catch (IOException ex) {
				// Nothing more to do: the partial file is named as such.
			}
		}
	}

	/**
	 * Restores a backup into this database, which must be empty (as the migrations leave
	 * it); all or nothing.
	 * @throws InvalidInputException when the file is not a complete backup of this schema
	 * version, or the database holds data
	 */
	public Manifest restore(Path file, String user, Consumer<String> progress) {
		Manifest manifest = verified(file);
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.setAutoCommit(false);
			String version = schemaVersion(connection);
			if (!version.equals(manifest.schemaVersion())) {
				throw new InvalidInputException("file", "the backup is of schema version " + manifest.schemaVersion()
						+ " but this database is at version " + version + "; restore it with that release");
			}
			DatabaseTables tables = DatabaseTables.read(connection);
			requireEmpty(connection, tables);
			Map<String, DatabaseTables.Table> byName = new LinkedHashMap<>();
			tables.tables().forEach(table -> byName.put(table.name(), table));
			for (DatabaseTables.Table table : tables.tables()) {
				TableEntry entry = manifest.tables()
					.stream()
					.filter(candidate -> candidate.name().equals(table.name()))
					.findFirst()
					.orElseThrow(() -> new InvalidInputException("file", "the backup has no table " + table.name()));
				progress.accept(table.name());
				restoreTable(connection, file, table, entry);
			}
			connection.commit();
		}
		catch (SQLException | RuntimeException ex) {
			rollback(connection);
			if (ex instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("the restore failed and changed nothing: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		audit.recordNow(user, null, "restore", "database", null, null,
				Map.of("file", file.getFileName().toString(), "createdAt", manifest.createdAt().toString()));
		return manifest;
	}

	/** Reads a backup's manifest and checks every table's row count and hash. */
	public Manifest verified(Path file) {
		Manifest manifest;
		try {
			manifest = json.readValue(entry(file, MANIFEST), Manifest.class);
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException("file", file + " is not a Blue Helmet backup (" + ex.getMessage() + ")");
		}
		if (manifest.format() != FORMAT) {
			throw new InvalidInputException("file", "backup format " + manifest.format() + " is not known here");
		}
		for (TableEntry table : manifest.tables()) {
			String hash = sha256(entry(file, "tables/" + table.name() + ".json"));
			if (!hash.equals(table.sha256())) {
				throw new InvalidInputException("file", "the backup's table " + table.name() + " is damaged");
			}
		}
		return manifest;
	}

	private TableEntry writeTable(Connection connection, DatabaseTables.Table table, OutputStream zip)
			throws SQLException {
		MessageDigest sha = sha256();
		OutputStream unclosable = new DigestOutputStream(new org.bluehelmet.system.NonClosingOutputStream(zip), sha);
		long rows = 0;
		String orderBy = table.identity() != null ? " ORDER BY " + table.identity() : "";
		try (Statement statement = connection.createStatement()) {
			statement.setFetchSize(1000);
			try (ResultSet rs = statement
				.executeQuery("SELECT " + String.join(", ", table.columns()) + " FROM " + table.name() + orderBy);
					JsonGenerator out = json.createGenerator(unclosable)) {
				ResultSetMetaData meta = rs.getMetaData();
				out.writeStartArray();
				while (rs.next()) {
					out.writeStartArray();
					for (int i = 1; i <= meta.getColumnCount(); i++) {
						BackupValues.write(out, rs, i, meta.getColumnType(i));
					}
					out.writeEndArray();
					rows++;
				}
				out.writeEndArray();
			}
		}
		return new TableEntry(table.name(), table.columns(), rows, HexFormat.of().formatHex(sha.digest()));
	}

	private void restoreTable(Connection connection, Path file, DatabaseTables.Table table, TableEntry entry)
			throws SQLException {
		if (!entry.columns().equals(table.columns())) {
			throw new InvalidInputException("file", "the backup's table " + table.name() + " has other columns");
		}
		if (table.name().equals("audit_head")) {
			// The one row the migrations put there is replaced by the backup's.
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("DELETE FROM audit_head");
			}
		}
		List<String> columns = table.columns();
		String insert = "INSERT INTO " + table.name() + " (" + String.join(", ", columns) + ") "
				+ (table.identity() != null ? "OVERRIDING SYSTEM VALUE " : "") + "VALUES ("
				+ String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
		List<Object[]> selfReferences = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(insert);
				InputStream in = entry(file, "tables/" + table.name() + ".json");
				JsonParser parser = json.createParser(in)) {
			int[] types = columnTypes(connection, table);
			parser.nextToken();
			int batch = 0;
			while (parser.nextToken() == JsonToken.START_ARRAY) {
				Object[] row = new Object[columns.size()];
				for (int i = 0; i < row.length; i++) {
					parser.nextToken();
					row[i] = BackupValues.read(parser, types[i]);
				}
				parser.nextToken();
				for (int i = 0; i < row.length; i++) {
					boolean later = table.selfReferences().contains(columns.get(i)) && row[i] != null;
					statement.setObject(i + 1, later ? null : row[i]);
				}
				if (!table.selfReferences().isEmpty()) {
					selfReferences.add(row);
				}
				statement.addBatch();
				if (++batch % 1000 == 0) {
					statement.executeBatch();
				}
			}
			statement.executeBatch();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		fillSelfReferences(connection, table, selfReferences);
		restartIdentity(connection, table);
	}

	private static void fillSelfReferences(Connection connection, DatabaseTables.Table table, List<Object[]> rows)
			throws SQLException {
		for (String column : table.selfReferences()) {
			int index = table.columns().indexOf(column);
			int id = table.columns().indexOf(table.identity());
			try (PreparedStatement update = connection.prepareStatement(
					"UPDATE " + table.name() + " SET " + column + " = ? WHERE " + table.identity() + " = ?")) {
				for (Object[] row : rows) {
					if (row[index] != null) {
						update.setObject(1, row[index]);
						update.setObject(2, row[id]);
						update.addBatch();
					}
				}
				update.executeBatch();
			}
		}
	}

	private static void restartIdentity(Connection connection, DatabaseTables.Table table) throws SQLException {
		if (table.identity() == null) {
			return;
		}
		long next;
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement
					.executeQuery("SELECT COALESCE(MAX(" + table.identity() + "), 0) + 1 FROM " + table.name())) {
			rs.next();
			next = rs.getLong(1);
		}
		try (Statement statement = connection.createStatement()) {
			statement
				.execute("ALTER TABLE " + table.name() + " ALTER COLUMN " + table.identity() + " RESTART WITH " + next);
		}
	}

	private static int[] columnTypes(Connection connection, DatabaseTables.Table table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"SELECT " + String.join(", ", table.columns()) + " FROM " + table.name() + " WHERE 1 = 0")) {
			ResultSetMetaData meta = rs.getMetaData();
			int[] types = new int[meta.getColumnCount()];
			for (int i = 0; i < types.length; i++) {
				types[i] = meta.getColumnType(i + 1);
			}
			return types;
		}
	}

	private static void requireEmpty(Connection connection, DatabaseTables tables) throws SQLException {
		for (DatabaseTables.Table table : tables.tables()) {
			String sql = table.name().equals("audit_head") ? "SELECT COUNT(*) FROM audit_head WHERE seq > 0"
					: "SELECT COUNT(*) FROM " + table.name();
			try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
				rs.next();
				if (rs.getLong(1) > 0) {
					throw new InvalidInputException("database", "a backup is restored only into an empty database; "
							+ table.name() + " holds " + rs.getLong(1) + " rows");
				}
			}
		}
	}

	private static String schemaVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT version FROM " + DatabaseTables.FLYWAY
						+ " WHERE success = TRUE AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
			return rs.next() ? rs.getString(1) : "0";
		}
	}

	private static InputStream entry(Path file, String name) {
		try {
			ZipInputStream zip = new ZipInputStream(Files.newInputStream(file));
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return zip;
				}
			}
			zip.close();
			throw new InvalidInputException("file", file + " has no " + name + ": it is not a complete backup");
		}
		catch (IOException ex) {
			throw new InvalidInputException("file", file + " cannot be read as a backup: " + ex.getMessage());
		}
	}

	private static String sha256(InputStream in) {
		MessageDigest sha = sha256();
		try (InputStream digesting = new DigestInputStream(in, sha)) {
			digesting.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			throw new InvalidInputException("file", "the backup cannot be read: " + ex.getMessage());
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private static void rollback(Connection connection) {
		try {
			connection.rollback();
		}
		catch (SQLException ex) {
			// The connection is gone; the transaction went with it.
		}
	}

}
