package org.bluehelmet.posture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.bluehelmet.PageTest;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
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
				"Share within reach", "Added troops without a TOB", "best possible", "Centre");
		// A sentence per scenario against the posture as deployed.
		assertThat(page.findElement(By.id("scenario-lines")).getText())
			.containsPattern("Planner, 1,730 more troops .*: \\d+ TOBs? reach [\\d,]+ more people at risk")
			.containsPattern("(of the 1,730 added troops have no TOB that casualty evacuation could support"
					+ "|all 1,730 added troops are placed)");
		// The table's first column stays on one line, and the map stands beside "Your
		// posture".
		Object tallest = ((org.openqa.selenium.JavascriptExecutor) page)
			.executeScript("const heads = [...document.querySelectorAll('#comparison tbody th')];"
					+ " return Math.max(...heads.map(h => h.getBoundingClientRect().height))"
					+ " / heads[0].getBoundingClientRect().height;");
		assertThat(((Number) tallest).doubleValue()).as("row labels on at most two lines").isLessThan(2.5);
		assertThat(table).contains("Centre: at risk within reach (troops)");
		assertThat(page.findElement(By.cssSelector(".side-panel")).getLocation().getY())
			.isLessThan(page.findElement(By.id("map")).getLocation().getY() + 100);
		new org.openqa.selenium.support.ui.Select(page.findElement(By.id("scenario-choice"))).selectByIndex(3);
		chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tobs"), "supplied from"));
		assertThat(page.findElement(By.id("outside")).getText()).contains("min by day");
		assertThat(page.findElements(By.cssSelector("path.leaflet-interactive")).size()).isGreaterThan(400);
		chromium.screenshot("posture-planner.png");
	}

	@Test
	void aPlannerPlacesATobByClickingTheMapEvaluatesItBesideTheOthersAndSavesIt() throws IOException {
		chromium.logIn(url("/posture.html"), "admin", PASSWORD);
		WebDriver page = chromium.driver();
		chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "scenarios"));
		// The posture as deployed on the map: no planned TOB under the click.
		new Select(page.findElement(By.id("scenario-choice"))).selectByIndex(0);
		page.findElement(By.id("draft-name")).clear();
		page.findElement(By.id("draft-name")).sendKeys("TOB in the Centre");
		// A real click where Bandiagara (14.35 N, 3.61 W) is on the map: offsets from the
		// map's centre, as the browser lays it out.
		WebElement map = page.findElement(By.id("map"));
		@SuppressWarnings("unchecked")
		java.util.Map<String, Number> point = (java.util.Map<String, Number>) ((JavascriptExecutor) page)
			.executeScript("const p = postureMap.latLngToContainerPoint([14.35, -3.61]);"
					+ " const s = postureMap.getSize(); return {x: p.x - s.x / 2, y: p.y - s.y / 2};");
		new Actions(page).moveToElement(map, point.get("x").intValue(), point.get("y").intValue()).click().perform();
		assertThat(page.findElement(By.id("draft-tobs")).getText()).contains("150 troops");

		page.findElement(By.id("draft-evaluate")).click();
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "Evaluated"));
		assertThat(page.findElement(By.id("comparison")).getText()).contains("TOB in the Centre");
		// Named after where it is, as the planner's TOBs are, not by its coordinates.
		assertThat(page.findElement(By.id("tobs")).getText()).contains("(Centre)")
			.containsPattern("TOB 1, (Bandiagara|\\d+ km [a-z-]+ of [^,(]+)");

		page.findElement(By.id("draft-save")).click();
		chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "Saved"));
		assertThat(new Select(page.findElement(By.id("scenario-choice"))).getFirstSelectedOption().getText())
			.isEqualTo("TOB in the Centre");
		chromium.screenshot("posture-planner-own-tob.png");
		// Deleted on the page.
		WebElement saved = page
			.findElement(By.xpath("//ul[@id='saved-scenarios']/li[contains(., 'TOB in the Centre')]"));
		saved.findElement(By.tagName("button")).click();
		page.switchTo().alert().accept();
		chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "Deleted"));
		chromium.waiting()
			.until(driver -> !driver.findElement(By.id("saved-scenarios")).getText().contains("TOB in the Centre"));
	}

	@Test
	void aPlannerRecordsWhatACampOffersAndTheScenariosAreRecomputed() throws IOException {
		chromium.logIn(url("/posture.html"), "admin", PASSWORD);
		WebDriver page = chromium.driver();
		chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "scenarios"));
		new Select(page.findElement(By.id("facility-site"))).selectByVisibleText("Mopti-Sévaré");
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("facility-history"), "Togolese"));
		assertThat(page.findElement(By.id("facility-now")).getText()).contains("level 2 (surgery)", "airfield");
		assertThat(page.findElement(By.id("outside")).getText()).doesNotContain("Mopti-Sévaré");

		((JavascriptExecutor) page).executeScript("document.getElementById('facility-from').value = '2020-12'");
		new Select(page.findElement(By.id("facility-medical"))).selectByValue("1");
		page.findElement(By.id("facility-source")).sendKeys("<b>exercise</b>: hospital withdrawn");
		page.findElement(By.id("facility-save")).click();
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("facility-status"), "the scenarios above"));
		assertThat(page.findElement(By.id("facility-history")).getText())
			.contains("From December 2020: level 1 (first aid, stabilisation)", "<b>exercise</b>");
		new Select(page.findElement(By.id("scenario-choice"))).selectByIndex(0);
		chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("outside"), "Mopti-Sévaré"));

		page.findElement(By.id("facility-source")).clear();
		page.findElement(By.id("facility-save")).click();
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("facility-status"), "Not recorded"));
		assertThat(page.findElement(By.id("facility-status")).getText()).contains("say where this comes from");
		chromium.screenshot("posture-facilities.png");
	}

}
