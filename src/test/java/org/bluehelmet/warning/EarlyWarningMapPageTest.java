package org.bluehelmet.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.bluehelmet.PageTest;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The map shows next month's risk and the alerts, as an early-warning analyst uses them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "bluehelmet.security.admin-password=" + EarlyWarningMapPageTest.PASSWORD)
class EarlyWarningMapPageTest extends PageTest {

	static final String PASSWORD = "warning-page-password";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Test
	void showsNextMonthsRiskPerCellAndTheAlertsWithTheirCapMessages() throws IOException {
		chromium.logIn(url("/"), "admin", PASSWORD);
		WebDriver page = chromium.driver();
		chromium.waiting()
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#alerts li strong"), 0));
		// Beside the map of 2020-12, the alerts for the month after it (not for the month
		// after the data end): cells beyond three hours by road from any camp.
		assertThat(page.findElement(By.id("alerts-origin")).getText()).isEqualTo("December 2020");
		String alerts = page.findElement(By.id("alerts")).getText();
		assertThat(alerts)
			.contains("January 2021", "minutes by road", "Why:", "in the cell in the 12 months to December 2020")
			.doesNotContain("January 2022")
			.doesNotContain("log-odds");
		// The root address is the deployment map's page, marked as such in the
		// navigation.
		assertThat(page.findElement(By.cssSelector("header nav a[aria-current=page]")).getText())
			.isEqualTo("Deployment map");
		page.findElement(By.id("risk-layer")).click();
		chromium.waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("path.risk-cell"), 10));
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("risk-note"), "January 2021"));
		assertThat(page.findElement(By.cssSelector("#alerts a")).getAttribute("href")).contains("/warning.html?cell=");
		assertThat(page.findElements(By.cssSelector("#alerts a")).get(1).getAttribute("href"))
			.endsWith(".cap?origin=2020-12");
		chromium.screenshot("early-warning-map.png");
	}

}
