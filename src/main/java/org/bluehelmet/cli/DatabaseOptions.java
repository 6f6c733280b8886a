package org.bluehelmet.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/**
 * Where the data lives: the embedded H2 database in a folder (the default), or a
 * PostgreSQL server. Mixed into every subcommand that touches data.
 */
class DatabaseOptions {

	@Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "./data",
			description = "Folder of the embedded database (default: ${DEFAULT-VALUE}).")
	Path dataDir;

	@Option(names = "--db", paramLabel = "JDBC_URL",
			description = "A PostgreSQL database instead of the embedded one, e.g. jdbc:postgresql://127.0.0.1:5432/bluehelmet.")
	String url;

	@Option(names = "--db-user", paramLabel = "USER", description = "User for --db.")
	String user;

	@Option(names = "--db-password", paramLabel = "PASSWORD", description = "Password for --db.")
	String password;

	static DatabaseOptions embedded(Path dataDir) {
		DatabaseOptions options = new DatabaseOptions();
		options.dataDir = dataDir;
		return options;
	}

	static DatabaseOptions server(String url, String user, String password) {
		DatabaseOptions options = new DatabaseOptions();
		options.dataDir = Path.of("./data");
		options.url = url;
		options.user = user;
		options.password = password;
		return options;
	}

	/** The Spring properties that point the data source at the chosen database. */
	Map<String, Object> springProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		if (url != null) {
			if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
				throw new IllegalArgumentException("--db must be a jdbc:postgresql: (or jdbc:h2:) URL, was " + url);
			}
			properties.put("spring.datasource.url", url);
			properties.put("spring.datasource.username", user == null ? "" : user);
			properties.put("spring.datasource.password", password == null ? "" : password);
			if (url.startsWith("jdbc:postgresql:")) {
				// The driver then sends a batch of inserts as multi-row statements,
				// several times faster.
				properties.put("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true");
			}
		}
		else {
			// AUTO_SERVER lets a command read the database while the server has it open;
			// its server listens on the loopback address only, with the folder's
			// password.
			Path folder = dataDir.toAbsolutePath().normalize();
			String embedded = "jdbc:h2:file:" + folder.resolve("bluehelmet")
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;CACHE_SIZE=65536";
			properties.put("spring.datasource.url", embedded);
			properties.put("spring.datasource.username", "sa");
			properties.put("spring.datasource.password", EmbeddedDatabaseFiles.prepare(folder, embedded));
			properties.put("bluehelmet.audit.checkpoint-file", folder.resolve("audit-checkpoints.csv").toString());
		}
		return properties;
	}

	/**
	 * Makes the embedded database's files, which H2 made while starting, readable by the
	 * service only; nothing for a PostgreSQL server.
	 */
	void restrictFiles() {
		if (url == null) {
			EmbeddedDatabaseFiles.restrict(dataDir.toAbsolutePath().normalize());
		}
	}

	/** Where the data is, in words, for messages. */
	String describe() {
		return url != null ? url : dataDir.toAbsolutePath().normalize().toString();
	}

}
