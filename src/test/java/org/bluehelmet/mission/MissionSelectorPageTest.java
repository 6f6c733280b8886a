package org.bluehelmet.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.bluehelmet.PageTest;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With two missions, every page takes its mission from one selector in the header, kept
 * from page to page (issue 15); the second mission is the MINUSCA demo.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "bluehelmet.security.admin-password=" + MissionSelectorPageTest.PASSWORD)
class MissionSelectorPageTest extends PageTest {

	/** Every page of the application, the map with a mission chosen. */
	static final java.util.List<String> PAGES = java.util.List.of("/?mission=minusma", "/incidents.html",
			"/incident-new.html", "/incidents-import.html", "/warning.html", "/posture.html", "/forcegen.html",
			"/performance.html", "/admin.html");

	static final String PASSWORD = "selector-test-password";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Test
	void theSelectorShowsTheOtherMissionOnEveryPage() throws IOException {
		chromium.logIn(url("/"), "admin", PASSWORD);
		WebDriver page = chromium.driver();
		WebDriverWait wait = chromium.waiting(Duration.ofSeconds(20));
		page.get(url("/?mission=minusma"));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("path.site-marker"), 12));
		Select selector = new Select(page.findElement(By.id("mission-select")));
		assertThat(selector.getOptions()).extracting(option -> option.getText()).contains("MINUSMA", "MINUSCA");

		selector.selectByValue("minusca");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mission-name"), "MINUSCA"));
		// Geo-PKO's October 2020 map of MINUSCA: 20 locations.
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("path.site-marker"), 20));
		assertThat(page.findElement(By.id("month-label")).getText()).isEqualTo("Oct 2020");
		chromium.screenshot("minusca-deployment-map.png");

		page.findElement(By.cssSelector("header nav a[href^='/incidents.html']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mission-name"), "MINUSCA"));
		assertThat(new Select(page.findElement(By.id("mission-select"))).getFirstSelectedOption().getText())
			.isEqualTo("MINUSCA");
		// Remembered without the address saying so.
		page.get(url("/posture.html"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mission-name"), "MINUSCA"));
		// The footer cites this mission's sources, not the other's.
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mission-sources"), "MINUSCA"));
		assertThat(page.findElement(By.id("mission-sources")).getText()).doesNotContain("Mali");
		// Remembered with the account: on a browser that has never seen the choice too.
		((org.openqa.selenium.JavascriptExecutor) page).executeScript("localStorage.clear()");
		page.get(url("/performance.html"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mission-name"), "MINUSCA"));
	}

	@Test
	void anAccountOfOneMissionSeesNoSelectorAndNothingOfTheOther() throws Exception {
		org.bluehelmet.ApiClient admin = new org.bluehelmet.ApiClient(port, "admin", PASSWORD);
		assertThat(admin.post("/api/v1/admin/users", """
				{"username":"bangui-analyst","password":"a-long-enough-password","roles":["ANALYST"],
				 "missions":["minusca"]}""").statusCode()).isEqualTo(201);
		chromium.logIn(url("/?mission=minusma"), "bangui-analyst", "a-long-enough-password");
		WebDriver page = chromium.driver();
		WebDriverWait wait = chromium.waiting(Duration.ofSeconds(20));
		// Asked for the other mission in the address: shown its own, with no selector.
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mission-name"), "MINUSCA"));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("path.site-marker"), 20));
		assertThat(page.findElements(By.id("mission-select"))).isEmpty();
		for (String other : java.util.List.of("/incidents.html", "/posture.html", "/forcegen.html", "/performance.html",
				"/warning.html")) {
			page.get(url(other + "?mission=minusma"));
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mission-name"), "MINUSCA"));
			assertThat(page.findElements(By.id("mission-select"))).as(other).isEmpty();
			assertThat(page.findElement(By.tagName("body")).getText()).as(other)
				.doesNotContain("MINUSMA")
				.doesNotContain("Mopti");
		}
		// An analyst changes nothing on these pages: no control to save, define or keep.
		page.get(url("/posture.html"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "scenarios"));
		assertThat(page.findElement(By.id("draft-save")).isDisplayed()).isFalse();
		assertThat(page.findElement(By.id("facility-form")).isDisplayed()).isFalse();
		page.get(url("/performance.html"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mission-name"), "MINUSCA"));
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("indicator-form")));
		page.get(url("/forcegen.html"));
		wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#durations tbody tr"), 0));
		assertThat(
				page.findElements(By.cssSelector("#durations tbody button")).stream().filter(WebElement::isDisplayed))
			.isEmpty();
	}

	/**
	 * At 1600 pixels wide (a briefing screen) no page writes an error to the browser's
	 * console, none scrolls sideways and no box's content spills out of it: text, numbers
	 * and tables fit where they are shown (boxes that scroll on purpose, and the map's
	 * own layers, excepted). Then, the window narrowed to a tablet's (768 × 1024), the
	 * same page does not scroll sideways either (a wide table scrolls inside its own box)
	 * and its header stays short. One visit per page checks all of it: a visit is what
	 * costs, and the page's styles answer a narrower window as they would a narrower
	 * screen.
	 */
	@Test
	void noPageWritesAnErrorOrOverflowsABoxAt1600PixelsWideNorScrollsSidewaysOnATablet() throws Exception {
		chromium.logIn(url("/"), "admin", PASSWORD);
		WebDriver page = chromium.driver();
		page.manage().window().setSize(new org.openqa.selenium.Dimension(1600, 1000));
		try {
			chromium.waiting(Duration.ofSeconds(30))
				.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("path.site-marker"), 1));
			chromium.consoleErrors();
			for (String path : PAGES) {
				page.get(url(path));
				chromium.settled();
				assertThat(chromium.consoleErrors()).as(path).isEmpty();
				Object found = ((org.openqa.selenium.JavascriptExecutor) page).executeScript(
						"""
								const found = [];
								const root = document.documentElement;
								if (root.scrollWidth > root.clientWidth + 1) found.push('the page scrolls sideways: ' + root.scrollWidth);
								for (const el of document.querySelectorAll('header *, main *')) {
								  if (el.offsetParent === null || el.closest('.leaflet-container')) continue;
								  if (!['DIV', 'TD', 'TH', 'ARTICLE', 'SECTION', 'P', 'LI', 'H2', 'H3', 'FIGURE', 'LABEL',
								      'BUTTON', 'NAV'].includes(el.tagName)) continue;
								  const style = getComputedStyle(el);
								  if (['auto', 'hidden', 'scroll', 'clip'].includes(style.overflowX)) continue;
								  if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
								    found.push(el.tagName + (el.id ? '#' + el.id : '') + (el.className ? '.' + el.className : '')
								      + ': ' + el.scrollWidth + ' > ' + el.clientWidth + ' ' + el.textContent.trim().slice(0, 60));
								  }
								}
								return found.slice(0, 10);
								""");
				assertThat((java.util.List<?>) found).as(path).isEmpty();
				onATablet(path);
				page.manage().window().setSize(new org.openqa.selenium.Dimension(1600, 1000));
			}
		}
		finally {
			page.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
		}
		// Drawing the maps downloaded nothing: no export in the audit log.
		org.bluehelmet.ApiClient admin = new org.bluehelmet.ApiClient(port, "admin", PASSWORD);
		assertThat(org.bluehelmet.ApiClient.ok(admin.get("/api/v1/admin/audit?action=export")).size()).isZero();
	}

	/**
	 * On a phone the navigation opens from its menu button. Every page on a phone is
	 * {@code LanguagePageTest}'s, in French, which runs longer than English: one visit of
	 * each page at 390 px checks both.
	 */
	@Test
	void thePhonesMenuOpens() throws Exception {
		chromium.logIn(url("/"), "admin", PASSWORD);
		WebDriver page = chromium.driver();
		try {
			WebDriverWait wait = chromium.waiting(Duration.ofSeconds(30));
			page.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
			page.get(url("/incidents.html"));
			WebElement menu = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("header button.menu")));
			assertThat(page.findElement(By.cssSelector("header nav")).isDisplayed()).isFalse();
			assertThat(page.findElement(By.cssSelector("header .logout")).isDisplayed()).isFalse();
			menu.click();
			assertThat(page.findElement(By.cssSelector("header nav")).isDisplayed()).isTrue();
			// "Log out" is in the menu on a phone, under the pages.
			assertThat(page.findElement(By.cssSelector("header .logout")).isDisplayed()).isTrue();
			assertThat(menu.getDomAttribute("aria-expanded")).isEqualTo("true");
			page.findElement(By.linkText("Early warning")).click();
			wait.until(ExpectedConditions.urlContains("/warning.html"));
			chromium.screenshot("phone-warning.png");
		}
		finally {
			page.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
		}
	}

	/**
	 * The page shown, its window narrowed to a tablet's: no sideways scroll (once its
	 * charts have followed the window, which they do a frame or two later), a short
	 * header.
	 */
	private void onATablet(String path) {
		WebDriver page = chromium.driver();
		org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) page;
		page.manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
		String where = path + " at 768 px";
		assertThat(((Number) js.executeScript("return innerWidth")).intValue()).as(where).isEqualTo(768);
		String sideways = "return document.documentElement.scrollWidth - document.documentElement.clientWidth";
		try {
			chromium.waiting(Duration.ofSeconds(5)).until(d -> ((Number) js.executeScript(sideways)).intValue() <= 1);
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			// Which boxes reach past the window's right edge, deepest first.
			Object past = js.executeScript(
					"""
							return [...document.querySelectorAll('body *')]
							  .filter(el => el.getBoundingClientRect().right > innerWidth + 1 && !el.closest('.leaflet-container'))
							  .reverse().slice(0, 5)
							  .map(el => el.tagName + (el.id ? '#' + el.id : '') + ' ' + Math.round(el.getBoundingClientRect().right));
							""");
			assertThat(((Number) js.executeScript(sideways)).intValue())
				.as(where + ": the page scrolls sideways; past the edge: " + past)
				.isLessThanOrEqualTo(1);
		}
		assertThat(page.findElement(By.cssSelector("header")).getSize().getHeight()).as(where).isLessThanOrEqualTo(120);
	}

}
