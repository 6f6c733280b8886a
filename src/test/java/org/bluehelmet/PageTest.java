package org.bluehelmet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.beans.factory.annotation.Value;

/**
 * What every page test needs: a headless Chromium, and the address of the server under
 * test (each subclass is a {@code @SpringBootTest} on a random port with a database of
 * its own). One Chromium serves every class of the run, starting each class on a blank
 * page with no cookies at the usual size (each class's server has a port, so an origin,
 * of its own: nothing a page kept in the browser reaches the next class); a class may
 * start a browser of its own instead, which is closed after it.
 */
public abstract class PageTest {

	protected static Browser chromium;

	private static Browser shared;

	@Value("${local.server.port}")
	protected int port;

	/**
	 * Where the browser was when a test failed: its address, title and console errors in
	 * the test's output, and a screenshot ({@code target/screenshots/failed-*.png}); a
	 * wait that times out otherwise says only what it did not find.
	 */
	@RegisterExtension
	static final TestWatcher WHERE_IT_FAILED = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (chromium != null) {
				chromium.reportFailure(context.getRequiredTestClass().getSimpleName() + "."
						+ context.getRequiredTestMethod().getName());
			}
		}
	};

	/**
	 * The Chromium every class shares, kept in JUnit's root store so that JUnit closes it
	 * when the run ends, before the JVM exits (a shutdown hook ran too late: the headless
	 * shell outlived the run).
	 */
	@RegisterExtension
	static final BeforeAllCallback SHARED_BROWSER = context -> {
		shared = context.getRoot()
			.getStore(ExtensionContext.Namespace.GLOBAL)
			.computeIfAbsent(Browser.class, type -> new Browser(), Browser.class);
		shared.blank();
		chromium = shared;
	};

	@AfterAll
	static void stopBrowser() {
		if (chromium != null && chromium != shared) {
			chromium.close();
		}
		chromium = null;
	}

	/** The address of a path on the server under test. */
	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

}
