package org.bluehelmet.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Starts the server and prints the address to open; returns when the server stops. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the Blue Helmet server (the default).")
class ServeCommand implements Callable<Integer> {

	@Mixin
	DatabaseOptions database;

	@Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
	int port;

	@Override
	public Integer call() throws InterruptedException {
		ConfigurableApplicationContext context = ApplicationContexts.server(database, port);
		CountDownLatch stopped = new CountDownLatch(1);
		context.addApplicationListener(event -> {
			if (event instanceof ContextClosedEvent) {
				stopped.countDown();
			}
		});
		int actualPort = ((WebServerApplicationContext) context).getWebServer().getPort();
		System.out.println();
		System.out.println("  Blue Helmet is running with its data in " + database.describe());
		System.out.println("  Open http://localhost:" + actualPort + "/ and log in as admin.");
		System.out.println();
		stopped.await();
		return 0;
	}

}
