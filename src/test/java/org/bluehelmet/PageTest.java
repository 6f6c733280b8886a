package org.bluehelmet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Value;

/**
 * What every page test needs: one headless Chromium for the class, and the address of the
 * server under test (each subclass is a {@code @SpringBootTest} on a random port with a
 * database of its own).
 */
public abstract class PageTest {

	protected static Browser chromium;

	@Value("${local.server.port}")
	protected int port;

	@BeforeAll
	static void startBrowser() {
		chromium = new Browser();
	}

	@AfterAll
	static void stopBrowser() {
		if (chromium != null) {
			chromium.close();
			chromium = null;
		}
	}

	/** The address of a path on the server under test. */
	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

}
