package org.bluehelmet.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.bluehelmet.ApiClient;
import org.bluehelmet.Browser;
import org.bluehelmet.NetworkSwitch;
import org.bluehelmet.PageTest;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Logging incidents with no connection (issue 19): the form opens offline, the incidents
 * wait on the device through a reload, are sent once when the connection returns, and a
 * reference the server holds already is shown to the person to resolve.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "bluehelmet.security.admin-password=" + OfflineIncidentPageTest.PASSWORD)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfflineIncidentPageTest extends PageTest {

	static final String PASSWORD = "offline-page-password";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	/** This class's browser reaches the server only through a switch it can cut. */
	@BeforeAll
	static void browserThatCanBeCutOff() throws java.io.IOException {
		chromium = new Browser(new NetworkSwitch());
	}

	@Test
	@Order(1)
	void incidentsLoggedOfflineAreSentOnceWhenTheConnectionReturnsAndAConflictIsResolved() throws Exception {
		ApiClient api = new ApiClient(port, "admin", PASSWORD);
		long before = total(api);
		WebDriver page = chromium.driver();
		chromium.logIn(url("/incident-new.html"), "admin", PASSWORD);
		chromium.settled();
		// A slow link: the form's first load (page, scripts, styles, the mission's map
		// and data) is under 500 kB as sent, compressed.
		long bytes = ((Number) ((JavascriptExecutor) page).executeScript("""
				return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
				  .reduce((sum, entry) => sum + Math.max(entry.transferSize, entry.encodedBodySize), 0);"""))
			.longValue();
		assertThat(bytes).isBetween(20_000L, 500_000L);
		// The service worker is in charge and the form's data are kept on the device.
		Object ready = ((JavascriptExecutor) page).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				navigator.serviceWorker.ready
				  .then(() => new Promise(wait => setTimeout(wait, 500)))
				  .then(() => caches.match('/api/v1/missions/minusma/map-layers'))
				  .then(kept => done(!!kept), error => done(String(error)));""");
		assertThat(ready).isEqualTo(true);
		try {
			chromium.offline(true);
			// The place search answers from the places kept on the device.
			((JavascriptExecutor) page).executeScript("""
					const search = document.getElementById('place-search');
					search.value = 'mopt'; search.dispatchEvent(new Event('input'));""");
			chromium.waiting()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("place-results"), "Mopti"));
			logOffline("TOB-OFFLINE-1", 14.49, -4.19);
			logOffline("TOB-OFFLINE-2", 15.3, -1.5);
			assertThat(waiting()).hasSize(2);
			// Truly cut off: what was never kept cannot be had, even through the service
			// worker.
			assertThat(((JavascriptExecutor) page).executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					fetch('/api/v1/missions/minusma/indicators').then(r => done(r.status), e => done(String(e)));"""))
				.isEqualTo(503L);

			// The page opened again with no connection: the form and both incidents are
			// there.
			page.get("about:blank");
			page.get(url("/incident-new.html"));
			chromium.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#outbox-list li"), 2));
			assertThat(page.findElement(By.id("incident-form")).isDisplayed()).isTrue();
			assertThat(page.findElement(By.id("outbox-count")).getText()).isEqualTo("2 incidents not sent");
			assertThat(total(api)).isEqualTo(before);
		}
		finally {
			chromium.offline(false);
		}
		page.findElement(By.id("outbox-send")).click();
		chromium.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("outbox")));
		assertThat(total(api)).isEqualTo(before + 2);
		// Sent once: sending again changes nothing.
		((JavascriptExecutor) page).executeScript("document.getElementById('outbox-send').click()");
		chromium.settled();
		assertThat(total(api)).isEqualTo(before + 2);

		// A reference stored meanwhile by someone else: shown, never dropped, and
		// resolved by the person.
		String stored = """
				{"source":"JOC","sourceId":"TOB-OFFLINE-3","occurredOn":"2024-03-01","timePrecision":"DAY",
				 "position":{"lat":16.27,"lon":-0.04},"positionPrecision":"EXACT","category":"OTHER","target":"UNKNOWN"}""";
		assertThat(api.post("/api/v1/missions/minusma/incidents", stored).statusCode()).isEqualTo(201);
		try {
			chromium.offline(true);
			logOffline("TOB-OFFLINE-3", 16.27, -0.04);
		}
		finally {
			chromium.offline(false);
		}
		page.findElement(By.id("outbox-send")).click();
		chromium.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#outbox-list li[data-state=conflict]")));
		WebElement conflict = page.findElement(By.cssSelector("#outbox-list li[data-state=conflict]"));
		assertThat(conflict.getText()).contains("Already stored?", "TOB-OFFLINE-3", "already stored");
		chromium.screenshot("offline-conflict.png");
		assertThat(total(api)).isEqualTo(before + 3);
		conflict.findElement(By.xpath(".//button[contains(., 'another incident')]")).click();
		chromium.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("outbox")));
		assertThat(total(api)).isEqualTo(before + 4);
		// No script error; the requests refused or that found no connection are the
		// browser's own report.
		assertThat(chromium.consoleErrors()).allMatch(error -> error.contains("Failed to load resource"));
	}

	/**
	 * Access rules apply when the records arrive: the reports of an account disabled
	 * while they waited are refused, and kept on the device with the reason.
	 */
	@Test
	@Order(2)
	void aDisabledAccountsWaitingReportsAreRefusedAndKeptWithTheReason() throws Exception {
		ApiClient admin = new ApiClient(port, "admin", PASSWORD);
		HttpResponse<String> created = admin.post("/api/v1/admin/users", """
				{"username":"tob-officer","password":"%s","roles":["OPERATIONS_OFFICER"],"missions":["minusma"]}"""
			.formatted(PASSWORD));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long before = total(admin);
		// What the last account's pages kept for use offline (here a marked copy) is not
		// shown to the next account logging in on the device without a log-out between.
		org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) chromium.driver();
		Object marked = js.executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						caches.open('bluehelmet-pages-v1')
						  .then(cache => cache.put('/kept-for-admin', new Response('admin data')))
						  .then(() => caches.match('/kept-for-admin')).then(found => done(Boolean(found)), e => done(String(e)));""");
		assertThat(marked).isEqualTo(true);
		chromium.logIn(url("/incident-new.html"), "tob-officer", PASSWORD);
		chromium.settled();
		chromium.waiting().until(driver -> Boolean.FALSE.equals(js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				caches.match('/kept-for-admin').then(found => done(Boolean(found)), e => done(String(e)));""")));
		try {
			chromium.offline(true);
			logOffline("TOB-DISABLED-1", 14.49, -4.19);
		}
		finally {
			chromium.offline(false);
		}
		int version = ApiClient.ok(admin.get("/api/v1/admin/users/tob-officer")).get("version").asInt();
		assertThat(
				admin.patch("/api/v1/admin/users/tob-officer", "{\"version\":%d,\"enabled\":false}".formatted(version))
					.statusCode())
			.isEqualTo(200);
		chromium.driver().findElement(By.id("outbox-send")).click();
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outbox-status"), "did not accept"));
		WebElement kept = chromium.driver().findElement(By.cssSelector("#outbox-list li"));
		assertThat(kept.getText()).contains("TOB-DISABLED-1", "account disabled");
		assertThat(total(admin)).isEqualTo(before);
	}

	private void logOffline(String reference, double lat, double lon) {
		WebDriver page = chromium.driver();
		((JavascriptExecutor) page).executeScript("""
				const set = (id, value) => { document.getElementById(id).value = value; };
				set('occurredOn', '2024-03-01'); set('lat', arguments[1]); set('lon', arguments[2]);
				set('category', 'EXPLOSIVE_DEVICE'); set('sourceId', arguments[0]);
				document.querySelector('#incident-form button[type=submit]').click();""", reference, lat, lon);
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-message"),
					"incident " + reference + " is kept on this device"));
	}

	private List<WebElement> waiting() {
		return chromium.driver().findElements(By.cssSelector("#outbox-list li[data-state=waiting]"));
	}

	private static long total(ApiClient api) throws Exception {
		return ApiClient.ok(api.get("/api/v1/missions/minusma/incidents?size=1")).get("total").asLong();
	}

}
