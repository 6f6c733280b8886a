package org.bluehelmet.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.time.Duration;

import org.bluehelmet.ApiClient;
import org.bluehelmet.PageTest;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The deployment map in Debian's headless Chromium, as a person uses it: log in, see
 * MINUSMA's sites and the sector table, step through the dates, open a site. Leaves a
 * screenshot in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "bluehelmet.security.admin-password=" + DeploymentMapPageTest.PASSWORD)
class DeploymentMapPageTest extends PageTest {

	static final String PASSWORD = "browser-test-password";

	static WebDriver browser;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@BeforeAll
	static void useTheBrowser() {
		browser = chromium.driver();
	}

	@Test
	void showsTheSitesOfDecember2020AndStepsThroughTheMaps() throws IOException {
		logIn();
		WebDriverWait wait = chromium.waiting(Duration.ofSeconds(20));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("path.site-marker"), 12));
		assertThat(browser.findElement(By.id("month-label")).getText()).isEqualTo("Dec 2020");
		WebElement centre = browser.findElement(By.cssSelector("#sector-table tr[data-sector=Centre]"));
		assertThat(centre.getText()).contains("2", "2,985", "15.3%");
		assertThat(browser.findElement(By.id("total-troops")).getText()).isEqualTo("19,525");
		assertThat(browser.findElement(By.id("sources")).getText()).contains("Geo-PKO", "PRIO-GRID");
		screenshot("deployment-map-2020-12.png");

		browser.findElement(By.id("previous")).click();
		wait.until(ExpectedConditions.textToBe(By.id("month-label"), "Sept 2020"));

		browser.get(base() + "/?at=2014-03");
		wait.until(ExpectedConditions.textToBe(By.id("month-label"), "Mar 2014"));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("path.site-marker"), 13));
	}

	@Test
	void showsASitesUnitsAndCountriesWhenClicked() throws IOException {
		logIn();
		WebDriverWait wait = chromium.waiting(Duration.ofSeconds(20));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("path.site-marker"), 12));
		// The largest marker is Gao, the biggest camp; click it.
		WebElement largest = browser.findElements(By.cssSelector("path.site-marker"))
			.stream()
			.max((a, b) -> Integer.compare(a.getSize().getWidth(), b.getSize().getWidth()))
			.orElseThrow();
		largest.click();
		WebElement details = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("site-details")));
		assertThat(details.getText()).contains("Gao", "5,320", "Germany", "infantry", "Contingents");
		screenshot("deployment-map-site.png");
	}

	@Test
	void showsSectorCentresProtectionGapForTheYearBeforeTheMap() throws IOException {
		logIn();
		WebDriverWait wait = chromium.waiting(Duration.ofSeconds(20));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#gap-table tbody tr"), 5));
		assertThat(browser.findElement(By.id("gap-from")).getDomProperty("value")).isEqualTo("2020-01-01");
		assertThat(browser.findElement(By.id("gap-to")).getDomProperty("value")).isEqualTo("2020-12-31");
		WebElement centre = browser.findElement(By.cssSelector("#gap-table tr[data-sector=Centre]"));
		// Most attacks on civilians, a sixth of the troops: flagged.
		assertThat(centre.getAttribute("class")).contains("gap-warning");
		assertThat(centre.getText()).contains("of attacks", "15.3% of troops");
		screenshot("protection-gap-2020.png");
	}

	@Test
	void showsTheIncidentsOfTheGapPeriodAsCellsHeatAndPoints() throws IOException {
		logIn();
		WebDriverWait wait = chromium.waiting(Duration.ofSeconds(20));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("incident-layer-note"), "232 incidents"));
		assertThat(browser.findElements(By.cssSelector("path.incident-cell"))).isNotEmpty();
		browser.findElement(By.cssSelector("input[name=incident-layer][value=heat]")).click();
		wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("path.incident-heat"), 0));
		screenshot("incidents-heat-2020.png");
		browser.findElement(By.cssSelector("input[name=incident-layer][value=cells]")).click();
		// Zoom in on Mopti: the incidents themselves.
		((JavascriptExecutor) browser).executeScript("map.setView([14.5, -4.1], 9)");
		wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("path.incident-point"), 0));
		assertThat(browser.findElement(By.id("incident-layer-note")).getText()).contains("incidents in view");
	}

	@Test
	void theMapsMonthMovesThePeriodTheIncidentsAndTheAlertsAndAPointOpensItsIncident() throws IOException {
		logIn();
		WebDriverWait wait = chromium.waiting(Duration.ofSeconds(40));
		wait.until(ExpectedConditions.textToBe(By.id("alerts-origin"), "December 2020"));
		assertThat(browser.findElement(By.id("alerts")).getText()).contains("January 2021");
		browser.findElement(By.id("previous")).click();
		wait.until(ExpectedConditions.textToBe(By.id("month-label"), "Sept 2020"));
		// One date for every panel: the period, the incidents and the alerts follow the
		// map.
		wait.until(ExpectedConditions.textToBe(By.id("alerts-origin"), "September 2020"));
		assertThat(browser.findElement(By.id("gap-from")).getDomProperty("value")).isEqualTo("2019-10-01");
		assertThat(browser.findElement(By.id("gap-to")).getDomProperty("value")).isEqualTo("2020-09-30");
		assertThat(browser.findElement(By.id("alerts")).getText()).doesNotContain("January 2021");
		// Zoomed in on Mopti, an incident point opens its incident beside the list.
		((JavascriptExecutor) browser).executeScript("map.setView([14.5, -4.1], 9)");
		wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("path.incident-point"), 0));
		// Sites can lie over the point: the click goes to the point itself.
		((JavascriptExecutor) browser).executeScript(
				"arguments[0].dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 1, clientY: 1 }))",
				browser.findElements(By.cssSelector("path.incident-point")).get(0));
		wait.until(ExpectedConditions.urlContains("/incidents.html"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
		assertThat(browser.findElement(By.id("detail-facts")).getText()).contains("Source");
	}

	@Test
	void findsAPlaceByAnotherSpellingAndNamesTownsWithAScaleAndALegend() throws IOException {
		logIn();
		WebDriverWait wait = chromium.waiting(Duration.ofSeconds(20));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("path.site-marker"), 12));
		assertThat(browser.findElement(By.cssSelector(".leaflet-control-scale")).getText()).containsPattern("km");
		assertThat(browser.findElement(By.cssSelector(".map-legend")).getText()).contains("Centre", "Troops at a camp",
				"5,000", "Geography", "Rivers");
		assertThat(browser.findElements(By.cssSelector(".leaflet-tooltip.place-label"))).hasSize(15);
		// The Niger from the pack's Natural Earth rivers, drawn and named under the data.
		assertThat(browser.findElements(By.cssSelector("path.geo-rivers"))).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector(".geo-label-rivers")).stream().map(WebElement::getText))
			.contains("Niger");
		screenshot("deployment-map-geography.png");
		browser.findElement(By.id("place-search")).sendKeys("Timbuktu");
		WebElement found = wait.until(ExpectedConditions
			.elementToBeClickable(By.xpath("//ul[@id='place-results']//button[contains(., 'Tombouctou')]")));
		assertThat(found.getText()).contains("(Timbuktu)");
		found.click();
		Object centre = ((JavascriptExecutor) browser)
			.executeScript("const c = map.getCenter(); return [c.lat, c.lng];");
		assertThat(((java.util.List<?>) centre).get(0).toString()).startsWith("16.7");
		screenshot("deployment-map-place-search.png");
	}

	@Test
	void showsAPlaceNameFromTheDataAsTextNeverAsMarkup() throws Exception {
		HttpResponse<String> logged = new ApiClient(port, "admin", PASSWORD).post("/api/v1/missions/minusma/incidents",
				"""
						{"source":"JOC","sourceId":"markup-%s","occurredOn":"2020-06-01","timePrecision":"DAY",
						 "position":{"lon":-4.1,"lat":14.5},"positionPrecision":"EXACT","category":"AMBUSH",
						 "target":"UN","locationName":"<b id=x>Sévaré</b>"}""".formatted(UUID.randomUUID()));
		assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
		logIn();
		WebDriverWait wait = chromium.waiting(Duration.ofSeconds(20));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("incident-layer-note"), "incidents"));
		JavascriptExecutor page = (JavascriptExecutor) browser;
		page.executeScript("map.setView([14.5, -4.1], 10)");
		wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("path.incident-point"), 0));
		page.executeScript("map.eachLayer(l => { if (l.getTooltip && l.getTooltip()) l.openTooltip(); })");
		wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".leaflet-tooltip"), 0));
		assertThat(browser.findElements(By.cssSelector(".leaflet-tooltip")))
			.anySatisfy(tip -> assertThat(tip.getText()).contains("<b id=x>Sévaré</b>"));
		assertThat(browser.findElements(By.id("x"))).isEmpty();
	}

	private void logIn() {
		chromium.logIn(base() + "/", "admin", PASSWORD);
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private static void screenshot(String name) throws IOException {
		chromium.screenshot(name);
	}

}
