package org.bluehelmet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * Keeps the embedded database reachable only by the service: its folder {@code 0700} and
 * files {@code 0600}; the database's own user {@code sa} with a random password kept in
 * {@code db.secret} beside it (readable by the service only); and the server H2 opens so
 * that commands can read the database while Blue Helmet runs ({@code AUTO_SERVER}) bound
 * to the loopback address, never to every interface.
 */
final class EmbeddedDatabaseFiles {

	static final String SECRET = "db.secret";

	static {
		// H2 reads it once, when its classes load: set before any connection is made.
		System.setProperty("h2.bindAddress", "127.0.0.1");
	}

	private EmbeddedDatabaseFiles() {
	}

	/** Makes the folder private and returns the database password (set on first use). */
	static String prepare(Path dataDir, String url) {
		try {
			if (!Files.isDirectory(dataDir)) {
				Files.createDirectories(dataDir);
			}
			Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
			Path secret = dataDir.resolve(SECRET);
			String password;
			if (Files.exists(secret)) {
				password = Files.readString(secret, StandardCharsets.US_ASCII).strip();
			}
			else {
				byte[] bytes = new byte[24];
				new SecureRandom().nextBytes(bytes);
				password = HexFormat.of().formatHex(bytes);
				if (Files.exists(dataDir.resolve("bluehelmet.mv.db"))) {
					// A database made before passwords: give its user this one.
					setPassword(url, password);
				}
				Files.writeString(secret, password, StandardCharsets.US_ASCII);
			}
			restrict(dataDir);
			return password;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot prepare the data folder " + dataDir, ex);
		}
	}

	/**
	 * Makes every file in the folder readable by its owner only (run again once H2 has
	 * made its files: they take the process's default mode, though the folder already
	 * keeps others out).
	 */
	static void restrict(Path dataDir) {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDir)) {
			for (Path file : files) {
				if (Files.isRegularFile(file)) {
					Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot restrict the files of " + dataDir, ex);
		}
	}

	private static void setPassword(String url, String password) {
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("ALTER USER sa SET PASSWORD '" + password + "'");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("the embedded database has a password but its " + SECRET
					+ " is missing; restore the file from a copy", ex);
		}
	}

}
