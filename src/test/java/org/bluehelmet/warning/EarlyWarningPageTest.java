package org.bluehelmet.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.bluehelmet.PageTest;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The early-warning page as an analyst uses it: the alerts beyond the camps' reach, one
 * cell's past and forecast as a chart, and the backtest against the baselines as charts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "bluehelmet.security.admin-password=" + EarlyWarningPageTest.PASSWORD)
class EarlyWarningPageTest extends PageTest {

	static final String PASSWORD = "early-warning-page-password";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Test
	void showsTheAlertsACellsForecastAndTheBacktestAsCharts() throws IOException {
		chromium.logIn(url("/warning.html"), "admin", PASSWORD);
		WebDriver page = chromium.driver();
		// From a chance of 5% (the tests' lighter model is less sure than the full one,
		// whose riskiest cells pass the page's 10%).
		chromium.waiting()
			.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("alerts-status"), "Forecasting…")));
		new org.openqa.selenium.support.ui.Select(page.findElement(By.id("threshold"))).selectByValue("0.05");
		chromium.waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#alerts li"), 0));
		assertThat(page.findElement(By.id("alerts")).getText()).contains("January 2022", "minutes by road");
		// The page says where the forecast starts, and lets it start elsewhere.
		assertThat(page.findElement(By.id("origin")).getDomProperty("value")).isEqualTo("2021-12");
		assertThat(page.findElement(By.id("origin-note")).getText()).contains("last month the stored data cover");
		((org.openqa.selenium.JavascriptExecutor) page)
			.executeScript("const o = document.getElementById('origin'); o.value = '2020-06';"
					+ " o.dispatchEvent(new Event('change'));");
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("alerts-status"), "for July 2020"));
		assertThat(page.findElement(By.id("origin-note")).getText()).contains("June 2020, as chosen");
		// Every page draws the same navigation, marking where the user is.
		assertThat(page.findElements(By.cssSelector("header nav a"))).hasSize(9);
		assertThat(page.findElement(By.cssSelector("header nav a[aria-current=page]")).getText())
			.isEqualTo("Early warning");

		// No empty chart before an alert is chosen; then the alert's place names it.
		assertThat(page.findElement(By.id("cell-chart")).isDisplayed()).isFalse();
		String firstAlert = page.findElement(By.cssSelector("#alerts li")).getText();
		page.findElement(By.cssSelector("#alerts li button")).click();
		chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("cell-hint"), "people"));
		String title = page.findElement(By.id("cell-title")).getText();
		assertThat(title).endsWith(": past and forecast").doesNotContain("Cell ");
		assertThat(firstAlert).contains(title.replace(": past and forecast", ""));
		assertThat(page.findElement(By.id("cell-drivers")).getText())
			.containsPattern("attacks? on civilians in the cell in the 12 months to");
		assertThat(chromium.drewOn("#cell-chart")).isTrue();

		page.findElement(By.id("run-backtest")).click();
		// The first backtest trains the learned model: the page shows its steps
		// meanwhile.
		chromium.waiting()
			.until(ExpectedConditions.textMatches(By.id("backtest-status"),
					java.util.regex.Pattern.compile("Step \\d+ of 15")));
		assertThat(page.findElement(By.id("backtest-progress")).isDisplayed()).isTrue();
		chromium.screenshot("early-warning-backtest-running.png");
		chromium.waiting(Duration.ofSeconds(180))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("backtest-status"),
					"cell-months per model"));
		// A plain conclusion above the numbers.
		assertThat(page.findElement(By.id("backtest-conclusion")).getText())
			.containsPattern("The learned model finds the cells that will see violence .*each cell's own history alone")
			.containsPattern("its expected error is .*the best simple forecast");
		// The skill per origin with its range, and the calibration as a chart.
		String skill = page.findElement(By.id("skill-table")).getText();
		assertThat(skill).contains("all origins", "Dec 2018", "Dec 2019", "Dec 2020")
			.containsPattern("\\d\\.\\d\\d \\(\\d\\.\\d\\d–\\d\\.\\d\\d\\)");
		assertThat(chromium.drewOn("#calibration-chart")).isTrue();
		String table = page.findElement(By.id("backtest-table")).getText();
		assertThat(table).contains("zero", "conflictology", "bootstrap", "last value", "15,300");
		assertThat(page.findElement(By.id("backtest-progress")).isDisplayed()).isFalse();
		assertThat(chromium.drewOn("#ap-chart")).isTrue();
		assertThat(chromium.drewOn("#crps-chart")).isTrue();
		chromium.screenshot("early-warning-page.png");
	}

}
