package org.bluehelmet.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.bluehelmet.ApiClient;
import org.bluehelmet.PageTest;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * French and English (issue 19): the switch is kept with the account, the log-in page
 * follows the browser's language, and a pseudo-locale run finds no text a page shows
 * without taking it from the bundle.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"bluehelmet.security.admin-password=" + LanguagePageTest.PASSWORD, "bluehelmet.language.pseudo=true" })
class LanguagePageTest extends PageTest {

	static final String PASSWORD = "language-page-password";

	/** Every page: each word of each comes from the bundles. */
	static List<String> pages() throws java.io.IOException {
		try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files
			.list(java.nio.file.Path.of("src/main/resources/pages"))) {
			return files.map(file -> "/" + file.getFileName())
				.filter(name -> name.endsWith(".html") && !name.equals("/shell.html"))
				.sorted()
				.toList();
		}
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Test
	void aFrenchSpeakingOfficerSwitchesToFrenchOnceAndEveryPageFollows() throws Exception {
		chromium.logIn(url("/incident-new.html"), "admin", PASSWORD);
		WebDriver page = chromium.driver();
		chromium.settled();
		new Select(page.findElement(By.id("language-select"))).selectByValue("fr");
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#incident-form legend"),
					"Quand"));
		chromium.settled();
		assertThat(page.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
		assertThat(page.findElement(By.cssSelector("header nav a[aria-current=page]")).getText())
			.isEqualTo("Signaler un incident");
		assertThat(page.findElement(By.cssSelector("header .logout")).getText()).isEqualTo("Se déconnecter");
		assertThat(new Select(page.findElement(By.id("category"))).getOptions()).extracting(e -> e.getText())
			.contains("engin explosif", "attaque contre des civils");
		assertThat(page.findElement(By.cssSelector("#incident-form button[type=submit]")).getText())
			.isEqualTo("Enregistrer l'incident");
		assertThat(page.getTitle()).isEqualTo("Blue Helmet — signaler un incident");
		chromium.screenshot("incident-form-fr.png");
		// Kept with the account: another page, another visit, still French.
		page.get(url("/incidents.html"));
		chromium.settled();
		assertThat(page.findElement(By.cssSelector("header nav a[aria-current=page]")).getText())
			.isEqualTo("Incidents");
		assertThat(page.findElement(By.cssSelector("header nav")).getText()).contains("Alerte précoce",
				"Constitution des forces");
		assertThat(page.findElement(By.cssSelector("#incident-table thead")).getText()).contains("Catégorie", "Tués",
				"Priorité");
		assertThat(page.findElement(By.id("summary")).getText()).contains("non lus sur cette page");
		// Numbers as French writes them: a space between thousands.
		assertThat(page.findElement(By.id("summary")).getText())
			.containsPattern("^\\d{1,3}[\\s\\u00a0\\u202f]\\d{3} incidents");
		// The map, and the server's own words (why a cell is at risk, how far the force
		// reaches) in French too.
		page.get(url("/index.html?at=2020-12"));
		chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("alerts"), "Pourquoi"));
		assertThat(page.findElement(By.cssSelector("aside h2")).getText()).isEqualTo("Effectifs par secteur");
		assertThat(page.findElement(By.id("alerts")).getText()).contains("dans la maille", "par la route")
			.doesNotContain("in the cell", "by road");
		chromium.screenshot("map-fr.png");
		// French runs longer than English: still no page scrolls sideways on a phone
		// (390 × 844), and the header stays short (English is checked on a tablet by
		// MissionSelectorPageTest).
		org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) page;
		page.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		try {
			for (String path : pages()) {
				page.get(url(path));
				chromium.settled();
				assertThat(((Number) js.executeScript("return innerWidth")).intValue()).as(path).isEqualTo(390);
				if (!page.findElements(By.cssSelector("header")).isEmpty()) {
					int header = page.findElement(By.cssSelector("header")).getSize().getHeight();
					if (header > 120) {
						chromium.screenshot("tall-header-fr" + path.replace('/', '-') + ".png");
					}
					assertThat(header).as(path + " in French at 390 px: the header's height").isLessThanOrEqualTo(120);
				}
				assertThat(((Number) js.executeScript(
						"return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
					.intValue())
					.as(() -> path + " in French at 390 px: the page scrolls sideways; too wide: "
							+ js.executeScript("""
									return [...document.querySelectorAll('body *')]
									  .filter(e => e.getBoundingClientRect().right > innerWidth + 1)
									.filter(e => { for (let a = e.parentElement; a; a = a.parentElement) {
									  if (getComputedStyle(a).overflowX !== 'visible') return false; } return true; })
									  .slice(0, 4).map(e => e.tagName + '#' + e.id + '.' + e.className + ': '
									    + (e.textContent || '').trim().slice(0, 60)).join(' | ');"""))
					.isLessThanOrEqualTo(1);
			}
			page.get(url("/forcegen.html"));
			chromium.settled();
			chromium.screenshot("forcegen-fr-phone.png");
		}
		finally {
			page.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
		}
		new Select(page.findElement(By.id("language-select"))).selectByValue("en");
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header nav"), "Early warning"));
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	@Test
	void theLogInPageFollowsTheBrowsersLanguage() throws Exception {
		// The account's own choice comes first: English here, whatever another test left.
		new ApiClient(port, "admin", PASSWORD).put("/api/v1/me/language", "{\"language\":\"en\"}");
		HttpClient client = HttpClient.newHttpClient();
		String french = client
			.send(HttpRequest.newBuilder(URI.create(url("/login"))).header("Accept-Language", "fr-ML,fr;q=0.9").build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(french).contains("<html lang=\"fr\">", "Nom d&#39;utilisateur", "Mot de passe", "Se connecter");
		String english = client
			.send(HttpRequest.newBuilder(URI.create(url("/login"))).header("Accept-Language", "sw,en;q=0.5").build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(english).contains("<html lang=\"en\">", "User name", "Password");
		// A language it does not speak is refused, naming the field.
		ApiClient api = new ApiClient(port, "admin", PASSWORD);
		HttpResponse<String> refused = api.put("/api/v1/me/language", "{\"language\":\"sw\"}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("language", "fr (French)");
		// A refusal speaks the reader's language too: its title and what is wrong.
		assertThat(api.put("/api/v1/me/language", "{\"language\":\"fr\"}").statusCode()).isEqualTo(204);
		try {
			HttpResponse<String> future = api.post("/api/v1/missions/minusma/incidents",
					"""
							{"source":"JOC","sourceId":"fr-future","occurredOn":"2999-06-01","timePrecision":"DAY",
							 "position":{"lon":-3.9,"lat":14.2},"positionPrecision":"NEAR","category":"AMBUSH","target":"UN"}""");
			assertThat(future.statusCode()).isEqualTo(400);
			assertThat(future.body()).contains("Données non valides", "le 1 juin 2999 est dans le futur",
					"\"field\":\"occurredOn\"");
			assertThat(api.get("/api/v1/missions/minusma/incidents?size=0").body()).contains("Données non valides");
		}
		finally {
			api.put("/api/v1/me/language", "{\"language\":\"en\"}");
		}
	}

	@Test
	void aPseudoLocaleRunFindsNoTextOutsideTheBundles() throws Exception {
		ApiClient api = new ApiClient(port, "admin", PASSWORD);
		chromium.logIn(url("/incident-new.html"), "admin", PASSWORD);
		WebDriver page = chromium.driver();
		chromium.settled();
		// The page's own controls choose a language; the pseudo-locale is set through the
		// API.
		((JavascriptExecutor) page).executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						import('/js/api.js')
						  .then(({ call }) => call('/api/v1/me/language', { method: 'PUT', body: JSON.stringify({ language: 'en-XA' }) }))
						  .then(() => done(true), error => done(String(error)));""");
		try {
			List<String> pages = pages();
			assertThat(pages).contains("/index.html", "/admin.html", "/forcegen.html", "/performance.html");
			for (String path : pages) {
				page.get(url(path));
				chromium.settled();
				Object unmarked = ((JavascriptExecutor) page).executeScript("""
						const found = [];
						const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
						for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						  const text = node.textContent.trim();
						  const parent = node.parentElement;
						  if (!text || !parent || parent.closest('[translate=no], script, style')) continue;
						  if (!/\\p{L}/u.test(text)) continue; // numbers, dates, marks: the same in every language
						  if (parent.offsetParent === null && getComputedStyle(parent).position !== 'fixed') continue;
						  if (!/^⟦[\\s\\S]*⟧$/.test(text)) found.push(text.slice(0, 80));
						}
						for (const el of document.querySelectorAll('[placeholder], [aria-label]')) {
						  for (const attribute of ['placeholder', 'aria-label']) {
						    const value = el.getAttribute(attribute);
						    if (value && !el.closest('[translate=no]') && !/^⟦[\\s\\S]*⟧$/.test(value)) {
						      found.push(attribute + ': ' + value);
						    }
						  }
						}
						if (!/^⟦[\\s\\S]*⟧$/.test(document.title)) found.push('title: ' + document.title);
						return found;""");
				assertThat((List<?>) unmarked).as(path).isEmpty();
			}
		}
		finally

		{
			api.put("/api/v1/me/language", "{\"language\":\"en\"}");
		}

	}

}
