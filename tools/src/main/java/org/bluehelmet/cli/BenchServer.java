package org.bluehelmet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A server for a benchmark: in this JVM, on a fresh embedded database with the demo, on a
 * free port of localhost, with an {@code admin} password of its own.
 */
final class BenchServer implements AutoCloseable {

	final ConfigurableApplicationContext context;

	final int port;

	final String adminPassword = "bench-" + UUID.randomUUID();

	BenchServer(String name) throws Exception {
		Path data = Files.createTempDirectory("bluehelmet-bench-" + name);
		context = ApplicationContexts.server(DatabaseOptions.embedded(data), 0,
				Map.of("bluehelmet.security.admin-password", adminPassword, "logging.level.root", "WARN",
						"server.address", "127.0.0.1"));
		port = ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	@Override
	public void close() {
		context.close();
	}

}
