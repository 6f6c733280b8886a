package org.bluehelmet.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
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
class DeploymentMapPageTest {

	static final String PASSWORD = "browser-test-password";

	static WebDriver browser;

	@Value("${local.server.port}")
	int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@BeforeAll
	static void startBrowser() {
		// Debian's chromium and chromium-driver (installed by .ci/run); nothing is
		// downloaded.
		ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
					"--window-size=1400,1000");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void showsTheSitesOfDecember2020AndStepsThroughTheMaps() throws IOException {
		logIn();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("path.site-marker"), 12));
		assertThat(browser.findElement(By.id("month-label")).getText()).isEqualTo("2020-12");
		WebElement centre = browser.findElement(By.cssSelector("#sector-table tr[data-sector=Centre]"));
		assertThat(centre.getText()).contains("2", "2,985", "15.3%");
		assertThat(browser.findElement(By.id("total-troops")).getText()).isEqualTo("19,525");
		assertThat(browser.findElement(By.id("sources")).getText()).contains("Geo-PKO", "PRIO-GRID");
		screenshot("deployment-map-2020-12.png");

		browser.findElement(By.id("previous")).click();
		wait.until(ExpectedConditions.textToBe(By.id("month-label"), "2020-09"));

		browser.get(base() + "/?at=2014-03");
		wait.until(ExpectedConditions.textToBe(By.id("month-label"), "2014-03"));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("path.site-marker"), 13));
	}

	@Test
	void showsASitesUnitsAndCountriesWhenClicked() throws IOException {
		logIn();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
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
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#gap-table tbody tr"), 5));
		assertThat(browser.findElement(By.id("gap-from")).getDomProperty("value")).isEqualTo("2020-01-01");
		assertThat(browser.findElement(By.id("gap-to")).getDomProperty("value")).isEqualTo("2020-12-31");
		WebElement centre = browser.findElement(By.cssSelector("#gap-table tr[data-sector=Centre]"));
		// Most attacks on civilians, a sixth of the troops: flagged.
		assertThat(centre.getAttribute("class")).contains("gap-warning");
		assertThat(centre.getText()).contains("of attacks", "15.3% of troops");
		screenshot("protection-gap-2020.png");
	}

	private void logIn() {
		browser.manage().deleteAllCookies();
		browser.get(base() + "/");
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
		browser.findElement(By.name("username")).sendKeys("admin");
		browser.findElement(By.name("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private static void screenshot(String name) throws IOException {
		Path folder = Files.createDirectories(Path.of("target", "screenshots"));
		byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
		Files.write(folder.resolve(name), png);
	}

}
