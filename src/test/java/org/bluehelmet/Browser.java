package org.bluehelmet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium for page tests: nothing is downloaded
 * (the browser and driver are the packages {@code chromium-headless-shell} and
 * {@code chromium-driver}, which {@code .ci/run} installs). The headless shell is
 * Chromium's engine without the browser around it, made for automation: the same pages
 * with about a fifth less of the machine than {@code chromium --headless} (measured on
 * the page tests); {@code chromium} serves where the shell is not installed. Screenshots
 * go to {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

	private static final Path SHELL = Path.of("/usr/bin/chromium-headless-shell");

	private final WebDriver driver;

	private final NetworkSwitch network;

	/** The processes ChromeDriver started for this browser, to end them on closing. */
	private final List<ProcessHandle> processes;

	public Browser() {
		this(null);
	}

	/**
	 * A browser whose every request goes through {@code network} (loopback included), so
	 * that a test can cut it off.
	 */
	public Browser(NetworkSwitch network) {
		this.network = network;
		ChromeOptions options = new ChromeOptions()
			.setBinary(Files.isExecutable(SHELL) ? SHELL.toString() : "/usr/bin/chromium")
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
					"--window-size=1400,1000");
		if (network != null) {
			options.addArguments("--proxy-server=http://127.0.0.1:" + network.port(),
					"--proxy-bypass-list=<-loopback>");
		}
		// The browser's console, so that tests can fail on its errors.
		options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.build();
		Set<ProcessHandle> before = Set.copyOf(ProcessHandle.current().children().toList());
		ChromeDriver chrome = new ChromeDriver(service, options);
		this.processes = ProcessHandle.current()
			.children()
			.filter(driverProcess -> !before.contains(driverProcess))
			.flatMap(ProcessHandle::descendants)
			.toList();
		// Counts the page's requests in flight, so that a test can wait until the page
		// has
		// its data (settled()) rather than sleep for a time that is too long or too
		// short.
		chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", """
				(() => {
				  let pending = 0, last = Date.now();
				  const done = () => { pending--; last = Date.now(); };
				  const fetch = window.fetch;
				  window.fetch = function (...args) {
				    pending++; last = Date.now();
				    return fetch.apply(this, args).finally(done);
				  };
				  Object.defineProperty(window, '__quietForMs', { get: () => (pending ? -1 : Date.now() - last) });
				})();"""));
		driver = chrome;
	}

	/**
	 * Waits until the page has loaded and no request of its own has been in flight for
	 * 300 ms (what it draws from its data is drawn by then: a page asks for its next
	 * request as soon as the one before is answered).
	 */
	public void settled() {
		waiting().until(d -> {
			Object quiet = ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
					"return document.readyState === 'complete' && window.__quietForMs !== undefined ? window.__quietForMs : -1");
			return ((Number) quiet).longValue() >= 300;
		});
	}

	/**
	 * Cuts the browser, its service workers included, off the network, or connects it
	 * again.
	 */
	public void offline(boolean offline) {
		if (network == null) {
			throw new IllegalStateException("this browser was not started with a network switch");
		}
		network.connected(!offline);
	}

	/**
	 * As a new visitor: a blank page, no cookies, the usual window size, the console's
	 * entries so far read and dropped.
	 */
	public void blank() {
		driver.get("about:blank");
		driver.manage().deleteAllCookies();
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
		consoleErrors();
	}

	public WebDriver driver() {
		return driver;
	}

	/**
	 * The errors the browser's console received since the last call (failed requests,
	 * script errors).
	 */
	public java.util.List<String> consoleErrors() {
		return driver.manage()
			.logs()
			.get(org.openqa.selenium.logging.LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.map(entry -> entry.getMessage())
			.toList();
	}

	public WebDriverWait waiting() {
		// Generous: a wait ends as soon as its condition holds, and a page that trains
		// the early-warning model (pooled over every mission) can take 20 s on a busy CI
		// machine.
		return waiting(Duration.ofSeconds(60));
	}

	/**
	 * A wait that looks ten times a second (Selenium's default, twice a second, adds a
	 * quarter of a second on average to every wait of every page test).
	 */
	public WebDriverWait waiting(Duration timeout) {
		WebDriverWait wait = new WebDriverWait(driver, timeout);
		wait.pollingEvery(Duration.ofMillis(100));
		return wait;
	}

	/**
	 * Opens a page as a new visitor and logs in through the form it is sent to, waiting
	 * until the browser has left the form: a test that went on at once could cancel the
	 * log-in with its next address. Now and then the form comes back empty, with no
	 * error, after a right password (twice in the twenty-first session's runs, in two
	 * page classes): it is sent again, up to three times; a refused password fails at
	 * once.
	 */
	public void logIn(String url, String username, String password) {
		driver.manage().deleteAllCookies();
		driver.get(url);
		for (int attempt = 1;; attempt++) {
			waiting().until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
			driver.findElement(By.name("username")).sendKeys(username);
			driver.findElement(By.name("password")).sendKeys(password);
			driver.findElement(By.cssSelector("button[type=submit]")).click();
			try {
				waiting(Duration.ofSeconds(20))
					.until(d -> !d.getCurrentUrl().contains("/login") || d.getCurrentUrl().contains("error"));
				if (driver.getCurrentUrl().contains("error")) {
					throw new AssertionError("the log-in of " + username + " was refused");
				}
				return;
			}
			catch (org.openqa.selenium.TimeoutException ex) {
				if (attempt == 3) {
					throw new AssertionError("the log-in of " + username + " did not go through in " + attempt
							+ " attempts (at " + driver.getCurrentUrl() + ")", ex);
				}
				System.err.println("Browser: the log-in of " + username + " came back to the form; sending it again");
			}
		}
	}

	/**
	 * Whether something was drawn on the canvas the CSS selector finds (a pixel not
	 * transparent): a chart rendered, not just its empty element.
	 */
	public boolean drewOn(String canvasSelector) {
		return (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
				"const c = document.querySelector(arguments[0]); const d = c.getContext('2d')"
						+ ".getImageData(0, 0, c.width, c.height).data; return d.some((v, i) => i % 4 === 3 && v > 0);",
				canvasSelector);
	}

	/**
	 * Says where the browser is (address, title, console errors) on the standard error
	 * and keeps a screenshot, for a test that failed; never throws, so that the test's
	 * own failure is the one reported.
	 */
	public void reportFailure(String test) {
		try {
			System.err.println("Browser after " + test + " failed: at " + driver.getCurrentUrl() + " (\""
					+ driver.getTitle() + "\"), console errors " + consoleErrors());
			screenshot("failed-" + test + ".png");
		}
		catch (RuntimeException | IOException ex) {
			System.err.println("Browser after " + test + " failed: could not say where it is: " + ex);
		}
	}

	public void screenshot(String name) throws IOException {
		Path folder = Files.createDirectories(Path.of("target", "screenshots"));
		Files.write(folder.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

	@Override
	public void close() {
		// ChromeDriver leaves the headless shell running after quit (and waits 20 s for
		// it): the processes it started for this browser are ended first (their
		// renderers end with them), which quit then finds gone.
		processes.forEach(ProcessHandle::destroy);
		try {
			driver.quit();
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			// Quitting first closes Selenium's DevTools connection to the browser, which
			// may already be gone with the browser it was ended above: the browser is
			// gone either way, which is what closing is for.
			System.err.println(
					"Browser: quitting after the browser had ended: " + ex.getMessage().lines().findFirst().orElse(""));
		}
		finally {
			closeNetwork();
		}
	}

	private void closeNetwork() {
		if (network != null) {
			try {
				network.close();
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
	}

}
