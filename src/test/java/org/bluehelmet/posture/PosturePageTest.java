package org.bluehelmet.posture;

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
 * The planner's page: December 2020 against the planner, side by side, with TOBs on the
 * map.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "bluehelmet.security.admin-password=" + PosturePageTest.PASSWORD)
class PosturePageTest extends PageTest {

	static final String PASSWORD = "posture-page-password";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Test
	void comparesThePostureOfDecember2020WithThePlannersAndShowsTheTobs() throws IOException {
		chromium.logIn(url("/posture.html"), "admin", PASSWORD);
		WebDriver page = chromium.driver();
		chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "scenarios"));
		String table = page.findElement(By.id("comparison")).getText();
		assertThat(table).contains("As deployed", "Planner, same troops", "Planner, 1,730 more troops", "19,525",
				"Share of people at risk within reach", "Centre");
		new org.openqa.selenium.support.ui.Select(page.findElement(By.id("scenario-choice"))).selectByIndex(3);
		chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tobs"), "supplied from"));
		assertThat(page.findElement(By.id("outside")).getText()).contains("min by day");
		assertThat(page.findElements(By.cssSelector("path.leaflet-interactive")).size()).isGreaterThan(400);
		chromium.screenshot("posture-planner.png");
	}

}
