package org.bluehelmet.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.bluehelmet.ApiClient;
import org.bluehelmet.PageTest;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Joint Operations Centre's incident list, used as a person does: filter, open,
 * triage, comment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "bluehelmet.security.admin-password=" + IncidentListPageTest.PASSWORD)
class IncidentListPageTest extends PageTest {

	static final String PASSWORD = "list-page-password";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Test
	void triagesAnAttackOnCiviliansFromTheList() throws IOException {
		WebDriver page = openList();
		WebElement first = page.findElement(By.cssSelector("#incident-table tbody tr"));
		assertThat(first.getAttribute("class")).contains("unread");
		first.click();
		chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
		assertThat(page.findElement(By.id("detail-title")).getText()).startsWith("attack on civilians");
		assertThat(page.findElement(By.cssSelector("#incident-table tbody tr")).getAttribute("class"))
			.doesNotContain("unread");

		new Select(page.findElement(By.id("triage-status"))).selectByValue("IN_REVIEW");
		page.findElement(By.id("assign-me")).click();
		page.findElement(By.cssSelector("#triage button[type=submit]")).click();
		chromium.waiting().until(ExpectedConditions.textToBe(By.id("triage-message"), "Saved."));
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"),
					"status from reported to in review"));
		assertThat(page.findElement(By.cssSelector("#incident-table tbody tr")).getText()).contains("in review",
				"admin");

		page.findElement(By.id("comment-text")).sendKeys("Patrol from Sévaré confirms the attack");
		page.findElement(By.cssSelector("#comment-form button")).click();
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("comments"), "confirms the attack"));
		chromium.screenshot("incident-list-triage.png");
	}

	@Test
	void refusesASaveWhenSomeoneElseChangedTheIncident() throws Exception {
		WebDriver page = openList();
		page.findElements(By.cssSelector("#incident-table tbody tr")).get(1).click();
		chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
		long id = Long
			.parseLong(page.findElements(By.cssSelector("#incident-table tbody tr")).get(1).getDomAttribute("data-id"));
		// Meanwhile, a colleague raises the priority through the API.
		int version = ApiClient.ok(api().get("/api/v1/missions/minusma/incidents/" + id)).get("version").asInt();
		assertThat(api()
			.patch("/api/v1/missions/minusma/incidents/" + id, "{\"version\":" + version + ",\"priority\":\"URGENT\"}")
			.statusCode()).isEqualTo(200);
		new Select(page.findElement(By.id("triage-priority"))).selectByValue("LOW");
		page.findElement(By.cssSelector("#triage button[type=submit]")).click();
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("triage-message"),
					"changed by someone else"));
		assertThat(ApiClient.ok(api().get("/api/v1/missions/minusma/incidents/" + id)).get("priority").asString())
			.isEqualTo("URGENT");
	}

	@Test
	void logsAnIncidentPickedOnTheMapAndShowsWhatIsWrongAtItsField() throws IOException {
		chromium.logIn("http://localhost:" + port + "/incident-new.html", "admin", PASSWORD);
		WebDriver page = chromium.driver();
		chromium.waiting().until(ExpectedConditions.textToBe(By.id("mission-name"), "MINUSMA"));
		chromium.waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#pick-map path"), 1));
		// A click on the map near Sévaré.
		((JavascriptExecutor) page).executeScript("map.fire('click', { latlng: L.latLng(14.52, -4.09) })");
		assertThat(page.findElement(By.id("lat")).getDomProperty("value")).isEqualTo("14.52000");
		new Select(page.findElement(By.id("category"))).selectByValue("EXPLOSIVE_DEVICE");
		new Select(page.findElement(By.id("target"))).selectByValue("UN");
		page.findElement(By.id("occurredOn")).sendKeys("03022021");
		page.findElement(By.id("woundedPeacekeepers")).sendKeys("-2");
		page.findElement(By.cssSelector("#incident-form button[type=submit]")).click();
		assertThat(page.findElement(By.id("form-message")).getText()).startsWith("peacekeepers wounded:");
		assertThat(page.findElement(By.id("woundedPeacekeepers")).getAttribute("class")).contains("invalid");

		page.findElement(By.id("woundedPeacekeepers")).clear();
		page.findElement(By.id("woundedPeacekeepers")).sendKeys("4");
		page.findElement(By.id("occurredUntil")).sendKeys("01012021");
		page.findElement(By.cssSelector("#incident-form button[type=submit]")).click();
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-message"), "before it starts"));
		assertThat(page.findElement(By.id("occurredUntil")).getAttribute("class")).contains("invalid");

		page.findElement(By.id("occurredUntil")).clear();
		page.findElement(By.cssSelector("#incident-form button[type=submit]")).click();
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-message"), "in sector Centre"));
		chromium.screenshot("incident-logged.png");
	}

	@Test
	void refusesParisAndEighteenFiftyAndABillionDeadSayingWhyAndAsksToConfirmTheUnlikely() throws IOException {
		chromium.logIn("http://localhost:" + port + "/incident-new.html", "admin", PASSWORD);
		WebDriver page = chromium.driver();
		chromium.waiting().until(ExpectedConditions.textToBe(By.id("mission-name"), "MINUSMA"));
		chromium.waiting()
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#category option"), 1));
		// No category is chosen for the reporter.
		assertThat(new Select(page.findElement(By.id("category"))).getFirstSelectedOption().getDomProperty("value"))
			.isEmpty();
		page.findElement(By.cssSelector("#incident-form button[type=submit]")).click();
		assertThat(page.findElement(By.id("form-message")).getText()).startsWith("Latitude:");
		JavascriptExecutor js = (JavascriptExecutor) page;
		// Paris.
		js.executeScript("map.fire('click', { latlng: L.latLng(48.85, 2.35) })");
		page.findElement(By.cssSelector("#incident-form button[type=submit]")).click();
		assertThat(page.findElement(By.id("form-message")).getText()).startsWith("Category:");
		new Select(page.findElement(By.id("category"))).selectByValue("ATTACK_ON_CIVILIANS");
		page.findElement(By.cssSelector("#incident-form button[type=submit]")).click();
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-message"), "outside MINUSMA's area"));
		assertThat(page.findElement(By.id("lat")).getAttribute("class")).contains("invalid");
		// Near Mopti, in 1850.
		js.executeScript("map.fire('click', { latlng: L.latLng(14.49, -4.19) })");
		js.executeScript("document.getElementById('occurredOn').value = '1850-03-01'");
		page.findElement(By.cssSelector("#incident-form button[type=submit]")).click();
		chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-message"), "1946"));
		// A billion dead.
		js.executeScript("document.getElementById('occurredOn').value = '2021-03-01'");
		page.findElement(By.id("killedCivilians")).sendKeys("999999999");
		page.findElement(By.cssSelector("#incident-form button[type=submit]")).click();
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-message"), "more than any recorded"));
		// Four hundred dead: possible, once confirmed.
		page.findElement(By.id("killedCivilians")).clear();
		page.findElement(By.id("killedCivilians")).sendKeys("400");
		page.findElement(By.cssSelector("#incident-form button[type=submit]")).click();
		chromium.waiting().until(ExpectedConditions.elementToBeClickable(By.id("confirm-anyway"))).click();
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-message"), "in sector Centre"));
	}

	@Test
	void correctsAndDeletesAnIncidentOpenedFromItsAddressAndShowsEveryField() throws Exception {
		String body = """
				{"source":"JOC","sourceId":"page-%s","occurredOn":"2021-02-03","occurredTime":"06:40","timePrecision":"EXACT",
				 "position":{"lon":-4.09,"lat":14.52},"positionPrecision":"NEAR","category":"AMBUSH","target":"UN",
				 "casualties":{"killedPeacekeepers":1,"woundedPeacekeepers":4},"description":"Convoy ambushed"}"""
			.formatted(java.util.UUID.randomUUID());
		java.net.http.HttpResponse<String> created = api().post("/api/v1/missions/minusma/incidents", body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = ApiClient.JSON.readTree(created.body()).get("id").asLong();
		chromium.logIn("http://localhost:" + port + "/incidents.html?incident=" + id, "admin", PASSWORD);
		WebDriver page = chromium.driver();
		chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
		// Beside the list, not below it.
		assertThat(page.findElement(By.id("detail")).getRect().getY()).isLessThan(600);
		assertThat(page.findElement(By.id("detail-facts")).getText()).contains("06:40 UTC",
				"1 peacekeepers, ? civilians", "4 peacekeepers", "Convoy ambushed", "by admin");

		// The category, the day and the civilians killed corrected at once; 600 dead need
		// confirming.
		new Select(page.findElement(By.id("correct-category"))).selectByValue("COMPLEX_ATTACK");
		((org.openqa.selenium.JavascriptExecutor) page)
			.executeScript("document.getElementById('correct-day').value = '2021-02-02'");
		page.findElement(By.id("correct-killedCivilians")).sendKeys("600");
		page.findElement(By.cssSelector("#correct button[type=submit]")).click();
		chromium.waiting().until(ExpectedConditions.elementToBeClickable(By.id("correct-anyway")));
		assertThat(page.findElement(By.id("correct-message")).getText()).contains("Not saved", "is the number right?");
		page.findElement(By.id("correct-anyway")).click();
		chromium.waiting().until(ExpectedConditions.textToBe(By.id("correct-message"), "Saved."));
		assertThat(page.findElement(By.id("detail-title")).getText()).startsWith("complex attack");
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"),
					"category from ambush to complex attack"));
		assertThat(page.findElement(By.id("history")).getText()).contains("day from 3 Feb 2021 to 2 Feb 2021",
				"civilians killed from nothing to 600");
		assertThat(page.findElement(By.id("detail-facts")).getText()).contains("2 Feb 2021", "600 civilians");
		chromium.screenshot("incident-corrected.png");

		page.findElement(By.id("delete-incident")).click();
		page.switchTo().alert().accept();
		chromium.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("detail")));
		assertThat(api().get("/api/v1/missions/minusma/incidents/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void aViewerSeesNoControlToChangeAnIncident() throws Exception {
		api().post("/api/v1/admin/users", """
				{"username":"list-viewer","password":"a-long-enough-password","roles":["VIEWER"],
				 "missions":["minusma"]}""");
		chromium.logIn("http://localhost:" + port + "/incidents.html?from=2020-01-01&to=2020-12-31", "list-viewer",
				"a-long-enough-password");
		chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "incidents"));
		chromium.driver().findElement(By.cssSelector("#incident-table tbody tr")).click();
		chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
		for (String control : java.util.List.of("triage", "correct-panel", "delete-panel", "comment-form")) {
			assertThat(chromium.driver().findElement(By.id(control)).isDisplayed()).as(control).isFalse();
		}
	}

	@Test
	void placesTheIncidentAtAPlaceFoundByAnotherSpelling() throws IOException {
		chromium.logIn("http://localhost:" + port + "/incident-new.html", "admin", PASSWORD);
		WebDriver page = chromium.driver();
		chromium.waiting().until(ExpectedConditions.textToBe(By.id("mission-name"), "MINUSMA"));
		page.findElement(By.id("place-search")).sendKeys("Sevare");
		chromium.waiting()
			.until(ExpectedConditions
				.elementToBeClickable(By.xpath("//ul[@id='place-results']//button[contains(., 'Mopti-Sévaré')]")));
		// Enter takes the first place found and does not send the form.
		page.findElement(By.id("place-search")).sendKeys(org.openqa.selenium.Keys.ENTER);
		chromium.waiting().until(ExpectedConditions.attributeToBeNotEmpty(page.findElement(By.id("lat")), "value"));
		assertThat(page.findElement(By.id("locationName")).getDomProperty("value")).isEqualTo("Mopti-Sévaré");
		assertThat(page.findElement(By.id("lat")).getDomProperty("value")).startsWith("14.4");
		assertThat(page.findElement(By.id("form-message")).getText()).isEmpty();
	}

	private WebDriver openList() {
		chromium.logIn(
				"http://localhost:" + port
						+ "/incidents.html?category=ATTACK_ON_CIVILIANS&from=2020-01-01&to=2020-12-31",
				"admin", PASSWORD);
		chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "68 incidents"));
		assertThat(chromium.driver().findElements(By.cssSelector("#incident-table tbody tr"))).hasSize(50);
		// The monthly chart of the same filter: twelve months of 2020, attacks on
		// civilians and the killed.
		Object months = ((JavascriptExecutor) chromium.driver())
			.executeScript("return Chart.getChart('monthly-chart').data.labels.length");
		assertThat(((Number) months).intValue()).isBetween(10, 12);
		return chromium.driver();
	}

	private ApiClient api() {
		return new ApiClient(port, "admin", PASSWORD);
	}

}
