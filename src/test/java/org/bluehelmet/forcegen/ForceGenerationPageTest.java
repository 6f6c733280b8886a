package org.bluehelmet.forcegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.bluehelmet.PageTest;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The force-generation page on the demo, as force generation staff see it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "bluehelmet.security.admin-password=" + ForceGenerationPageTest.PASSWORD)
class ForceGenerationPageTest extends PageTest {

	static final String PASSWORD = "forcegen-page-password";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Test
	void showsRequirementsAgainstPledgesTheBoardAndBothCharts() throws IOException {
		chromium.logIn(url("/forcegen.html"), "admin", PASSWORD);
		WebDriver page = chromium.driver();
		chromium.waiting()
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#requirements tbody tr"), 5));
		String requirements = page.findElement(By.id("requirements")).getText();
		assertThat(requirements).contains("quick reaction force (SG-2021-QRF)", "Senegal", "utility helicopter unit");
		assertThat(page.findElements(By.cssSelector("#requirements .status"))).isNotEmpty();
		assertThat(page.findElement(By.cssSelector("[data-stage=SELECTED]")).getText()).contains("Senegal");
		assertThat(page.findElement(By.cssSelector("[data-stage=DEPLOYED] h3")).getText())
			.startsWith("deployed: 56 pledges, 19,525 people");
		assertThat(page.findElement(By.id("runs")).getText()).isEqualTo("10,000");
		// MINUSMA has closed: the page reads as of the demo's last month, and says why.
		assertThat(page.findElement(By.id("as-of-input")).getDomProperty("value")).isEqualTo("2021-12-31");
		assertThat(page.findElement(By.id("as-of-reason")).getText()).contains("mandate ended on 30 Jun 2023");
		chromium.waiting()
			.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
				.executeScript("const gap = Chart.getChart('gap-chart'), fan = Chart.getChart('fan-chart');"
						+ " return !!gap && !!fan && gap.data.datasets[2].data.some(v => v > 0)"
						+ " && fan.data.datasets[2].data.length > 12"
						+ " && fan.data.datasets[4].data.at(-1) === 19525 + 2069;")));
		chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("cost"), "a year"));
		assertThat(page.findElement(By.id("cost")).getText()).contains("2,069 people", "US$4,651,112 a month");
		assertThat(page.findElement(By.id("women")).getText()).contains("against a target of");
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("levels-summary"), "deployed 19,525"));
		assertThat(page.findElement(By.id("levels")).getText()).contains("Centre 2,985");
		chromium.screenshot("forcegen-board.png");
		((JavascriptExecutor) page).executeScript("document.getElementById('fan-chart').scrollIntoView()");
		chromium.screenshot("forcegen-charts.png");

		// A planner who expects memoranda to take a year sees the battalions arrive
		// later.
		String before = page.findElement(By.id("requirements")).getText();
		WebElement mou = page.findElement(By.cssSelector("#durations tr[data-step=MOU]"));
		for (String[] field : new String[][] { { "minDays", "300" }, { "modeDays", "365" }, { "maxDays", "400" } }) {
			WebElement input = mou.findElement(By.className(field[0]));
			input.clear();
			input.sendKeys(field[1]);
		}
		mou.findElement(By.tagName("button")).click();
		chromium.waiting()
			.until(ExpectedConditions.textToBe(By.id("durations-message"), "Saved; dates simulated again."));
		chromium.waiting().until(driver -> !driver.findElement(By.id("requirements")).getText().equals(before));
		assertThat(page.findElement(By.id("requirements")).getText()).contains("Senegal (selected)");
	}

	@Test
	void addsAPledgeForARequirementAndMovesItToItsNextStepOnThePage() throws IOException {
		chromium.logIn(url("/forcegen.html"), "admin", PASSWORD);
		WebDriver page = chromium.driver();
		chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("pledge-form")));
		chromium.waiting()
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#p-requirement option"), 2));
		page.findElement(By.id("p-reference")).sendKeys("PAGE-P1");
		page.findElement(By.id("p-countries")).sendKeys("Ghana, Togo");
		page.findElement(By.id("p-personnel")).sendKeys("300");
		page.findElement(By.id("p-women")).clear();
		page.findElement(By.id("p-women")).sendKeys("30");
		page.findElement(By.cssSelector("#pledge-form button[type=submit]")).click();
		chromium.waiting().until(ExpectedConditions.textToBe(By.id("pledge-message"), "Added PAGE-P1."));
		WebElement card = chromium.waiting()
			.until(ExpectedConditions
				.presenceOfElementLocated(By.cssSelector("[data-stage=PLEDGED] .card[data-reference=PAGE-P1]")));
		assertThat(card.getText()).contains("Ghana + Togo", "300 people (30 women)");
		card.findElement(By.tagName("button")).click();
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-message"),
					"PAGE-P1 reached assessment visit"));
		chromium.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(
					By.cssSelector("[data-stage=ASSESSMENT_VISIT] .card[data-reference=PAGE-P1]")));
		chromium.screenshot("forcegen-pledge-added.png");
	}

}
