package org.bluehelmet.cli;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Blue Helmet's application context for a command: with the web server or without.
 */
final class ApplicationContexts {

	private static volatile Class<?> application;

	private ApplicationContexts() {
	}

	/**
	 * The Spring Boot application class to start; set once by
	 * {@link BlueHelmetCommand#execute}.
	 */
	static void use(Class<?> applicationClass) {
		application = applicationClass;
	}

	/**
	 * The context without a web server, quiet, for commands that read or write data and
	 * exit.
	 */
	static ConfigurableApplicationContext offline(DatabaseOptions database) {
		return offline(database, Map.of());
	}

	/** The same, with more properties (which win over the others). */
	static ConfigurableApplicationContext offline(DatabaseOptions database, Map<String, Object> more) {
		Map<String, Object> properties = new HashMap<>(database.springProperties());
		properties.putAll(more);
		properties.put("logging.level.root", "WARN");
		// A command uses a few services and exits: only what it asks for is made (the
		// demo's first load and the account's creation still run, as runners).
		properties.putIfAbsent("spring.main.lazy-initialization", true);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(arguments(properties));
		database.restrictFiles();
		return context;
	}

	/** The server on a port (0 for any free one). */
	static ConfigurableApplicationContext server(DatabaseOptions database, int port) {
		return server(database, port, Map.of());
	}

	/** The same, with more properties (which win over the others). */
	static ConfigurableApplicationContext server(DatabaseOptions database, int port, Map<String, Object> more) {
		Map<String, Object> properties = new HashMap<>(database.springProperties());
		properties.putAll(more);
		properties.put("server.port", port);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.SERVLET)
			.run(arguments(properties));
		database.restrictFiles();
		return context;
	}

	/**
	 * Properties as command-line arguments, which outrank {@code application.properties}
	 * (properties set on the builder are only defaults).
	 */
	private static String[] arguments(Map<String, Object> properties) {
		return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
	}

}
