package org.bluehelmet.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.bluehelmet.PageTest;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The performance dashboard as a mission administrator uses it: the indicators with their
 * targets and status, the report's links, and an indicator added from the form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "bluehelmet.security.admin-password=" + PerformancePageTest.PASSWORD)
class PerformancePageTest extends PageTest {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	static final String PASSWORD = "performance-page-password";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Test
	void showsTheIndicatorsWithTargetsAndStatusAndAddsOneFromTheForm() throws IOException {
		chromium.logIn(url("/performance.html?month=2020-12"), "admin", PASSWORD);
		WebDriver page = chromium.driver();
		WebDriverWait wait = chromium.waiting(Duration.ofSeconds(120));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "indicators to December 2020"));
		assertThat(page.findElements(By.cssSelector("article.indicator"))).hasSize(10);
		String poc4 = page.findElement(By.cssSelector("article[data-code='POC-4']")).getText();
		assertThat(poc4).contains("People at risk within reach of the force", "Target 60.0%", "Centre");
		assertThat(page.findElement(By.cssSelector("article[data-code='SAF-2'] .status")).getText())
			.isEqualTo("no data");
		assertThat(page.findElement(By.cssSelector("article[data-code='SAF-1'] .status")).getText())
			.isNotEqualTo("no data");
		assertThat(chromium.drewOn("article[data-code='POC-1'] canvas")).isTrue();
		// An indicator without a value in any month has no empty chart, but says so.
		assertThat(page.findElements(By.cssSelector("article[data-code='SAF-2'] canvas"))).isEmpty();
		assertThat(page.findElement(By.cssSelector("article[data-code='SAF-2'] .no-chart")).getText())
			.contains("nothing to draw");
		assertThat(page.findElement(By.id("report-pdf")).getAttribute("href"))
			.endsWith("/api/v1/missions/minusma/reports/monthly.pdf?month=2020-12");
		chromium.screenshot("performance-dashboard.png");
		// The report through the browser, with word of its progress.
		page.findElement(By.id("report-pdf")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"),
				"Downloaded minusma-report-2020-12.pdf"));
		// Made as a job (any server may make it), its file fetched once done.
		assertThat(jdbc.sql("SELECT state FROM job WHERE kind = 'report' AND mission_id = 'minusma'")
			.query(String.class)
			.list()).containsExactly("DONE");

		page.findElement(By.id("f-code")).sendKeys("IED-1");
		page.findElement(By.id("f-name")).sendKeys("Explosive devices");
		new Select(page.findElement(By.id("f-measure"))).selectByValue("INCIDENTS");
		new Select(page.findElement(By.id("f-categories"))).selectByValue("EXPLOSIVE_DEVICE");
		page.findElement(By.id("f-target")).sendKeys("3");
		page.findElement(By.cssSelector("#indicator-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-status"), "Added IED-1"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article[data-code='IED-1']")));
		assertThat(page.findElement(By.cssSelector("article[data-code='IED-1']")).getText())
			.contains("explosive device", "Target 3 or less");
		// "No data" says why, in words.
		assertThat(page.findElement(By.cssSelector("article[data-code='SAF-2']")).getText())
			.contains("No data for December 2020: no incident of the month records peacekeepers killed or wounded");
		// The peacekeepers who died, by year and cause, from the UN's record.
		assertThat(page.findElement(By.id("fatalities-status")).getText())
			.contains("311 peacekeepers died from 2013 to 2023, 174 of them killed by malicious acts");
		assertThat(chromium.drewOn("#fatalities-chart")).isTrue();
		// An administrator deletes an indicator on the page.
		page.findElement(By.cssSelector("article[data-code='IED-1'] .delete-indicator")).click();
		page.switchTo().alert().accept();
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article[data-code='IED-1']"), 0));
		assertThat(page.findElements(By.cssSelector("article.indicator"))).hasSize(10);
	}

}
