package org.bluehelmet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bluehelmet.ApiClient;
import org.bluehelmet.MinuscaTestPack;
import org.bluehelmet.PageTest;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The administration page, used as an administrator does: accounts and the audit log. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "bluehelmet.security.admin-password=" + AdminPageTest.PASSWORD)
class AdminPageTest extends PageTest {

	static final String PASSWORD = "admin-page-password";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Test
	void createsAnAccountAndShowsItInTheAuditLogWithTheChainIntact() throws Exception {
		chromium.logIn(url("/admin.html"), "admin", PASSWORD);
		WebDriver page = chromium.driver();
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chain"), "The audit log is intact"));
		assertThat(page.findElement(By.id("accounts")).getText()).contains("admin", "system administrator");

		page.findElement(By.id("username")).sendKeys("ops-coulibaly");
		page.findElement(By.id("password")).sendKeys("harmattan-over-gao-2020");
		// Several roles at once: viewer is ticked by default, operations officer added.
		page.findElement(By.cssSelector("#new-roles input[value=OPERATIONS_OFFICER]")).click();
		page.findElement(By.id("missions")).sendKeys("minusma");
		page.findElement(By.cssSelector("#new-account button")).click();
		chromium.waiting().until(ExpectedConditions.textToBe(By.id("account-message"), "Created."));
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts"), "ops-coulibaly"));
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#audit tbody tr"),
					"account.create"));
		assertThat(page.findElement(By.cssSelector("#audit tbody tr")).getText()).contains("admin",
				"account ops-coulibaly");
		chromium.screenshot("admin-accounts-and-audit.png");

		// A weak password is refused at once, with the reason.
		page.findElement(By.id("username")).sendKeys("x");
		page.findElement(By.id("password")).sendKeys("password1234");
		page.findElement(By.cssSelector("#new-account button")).click();
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-message"), "too easy to guess"));

		// The account edited on the page: a role added, disabled, a new password.
		WebElement row = page.findElement(By.xpath("//table[@id='accounts']//tr[td[1]='ops-coulibaly']"));
		assertThat(row.getText()).contains("operations officer, viewer");
		row.findElement(By.cssSelector("button.edit")).click();
		chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-account")));
		page.findElement(By.cssSelector("#edit-roles input[value=PLANNER]")).click();
		page.findElement(By.id("edit-enabled")).click();
		page.findElement(By.id("edit-password")).sendKeys("sahel-dust-in-kidal-2021");
		page.findElement(By.cssSelector("#edit-account button[type=submit]")).click();
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("edit-message"),
					"Saved; the new password holds from the next log-in."));
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(
					By.xpath("//table[@id='accounts']//tr[td[1]='ops-coulibaly']"),
					"operations officer, planner, viewer"));
		assertThat(page.findElement(By.xpath("//table[@id='accounts']//tr[td[1]='ops-coulibaly']/td[4]")).getText())
			.isEqualTo("no");
		// Disabled: the new password does not let it in.
		assertThat(new org.bluehelmet.ApiClient(port, "ops-coulibaly", "sahel-dust-in-kidal-2021").get("/api/v1/me")
			.statusCode()).isEqualTo(401);
	}

	@Test
	void theLogInPageIsTheSitesOwnAndLoggingOutAsksNothing() throws IOException {
		chromium.driver().manage().deleteAllCookies();
		chromium.driver().get(url("/login?error"));
		WebDriver page = chromium.driver();
		assertThat(page.getTitle()).isEqualTo("Blue Helmet — log in");
		assertThat(page.findElement(By.cssSelector(".login-form .error")).getText())
			.contains("The user name or password is wrong");
		chromium.logIn(url("/admin.html"), "admin", PASSWORD);
		chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header .logout")));
		page.findElement(By.cssSelector("header .logout")).click();
		chromium.waiting().until(ExpectedConditions.urlContains("/login?logout"));
		assertThat(page.findElement(By.cssSelector(".login-form")).getText()).contains("You are logged out.");
		chromium.screenshot("login-logged-out.png");
		// Logged out for real: a page asks for the log-in again.
		page.get(url("/admin.html"));
		chromium.waiting().until(ExpectedConditions.urlContains("/login"));
	}

	@Test
	void revokesAnotherAccountsTokenAndEndsItsSessions() throws Exception {
		ApiClient admin = new ApiClient(port, "admin", PASSWORD);
		admin.post("/api/v1/admin/users",
				"""
						{"username":"planner-sow","password":"a-long-enough-password","roles":["PLANNER"],"missions":["minusma"]}""");
		ApiClient planner = new ApiClient(port, "planner-sow", "a-long-enough-password");
		String token = ApiClient.JSON
			.readTree(planner.post("/api/v1/me/tokens", "{\"name\":\"nightly export\"}").body())
			.get("token")
			.asString();
		assertThat(ApiClient.withToken(port, token).get("/api/v1/me").statusCode()).isEqualTo(200);

		chromium.logIn(url("/admin.html"), "admin", PASSWORD);
		WebDriver page = chromium.driver();
		chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts"), "planner-sow"));
		page.findElements(By.cssSelector("#accounts tbody tr"))
			.stream()
			.filter(row -> row.getText().startsWith("planner-sow"))
			.findFirst()
			.orElseThrow()
			.findElement(By.cssSelector("button.access"))
			.click();
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("access-tokens"), "nightly export"));
		assertThat(page.findElement(By.id("access-title")).getText()).contains("planner-sow");
		page.findElement(By.cssSelector("#access-tokens button.revoke")).click();
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("access-message"), "revoked"));
		assertThat(page.findElement(By.id("access-tokens")).getText()).contains("revoked");
		assertThat(ApiClient.withToken(port, token).get("/api/v1/me").statusCode()).isEqualTo(401);

		page.findElement(By.id("end-sessions")).click();
		chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("access-message"), "ended"));
		chromium.screenshot("admin-sessions-and-tokens.png");
	}

	@Test
	void aSystemAdministratorAddsAMissionFromItsPackAndSeesEveryProblemOfABadOne(@TempDir Path folder)
			throws Exception {
		Path good = folder.resolve("car-page.zip");
		Files.write(good, MinuscaTestPack.zipped(folder.resolve("good"), "car-page"));
		Path bad = folder.resolve("car-bad.zip");
		Files.write(bad, MinuscaTestPack.zipped(folder.resolve("bad"), "car-bad",
				json -> json.replace("\"Lobaye\"", "\"Lobaye\",\"Atlantis\"")));

		chromium.logIn(url("/admin.html"), "admin", PASSWORD);
		WebDriver page = chromium.driver();
		chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("mission-panel")));
		page.findElement(By.id("pack-file")).sendKeys(good.toString());
		page.findElement(By.cssSelector("#mission-pack button")).click();
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pack-message"),
					"Imported MINUSCA (car-page)"));
		chromium.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#audit tbody tr"),
					"mission.import"));

		page.findElement(By.id("pack-file")).sendKeys(bad.toString());
		page.findElement(By.cssSelector("#mission-pack button")).click();
		chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("pack-message"), "Refused"));
		assertThat(page.findElement(By.id("pack-problems")).getText())
			.contains("sector Bangui lists the region Atlantis, which no cell of cells.csv has");
		chromium.screenshot("admin-mission-pack.png");
	}

	@Test
	void tellsAViewerThePageIsForAdministrators() throws Exception {
		new ApiClient(port, "admin", PASSWORD).post("/api/v1/admin/users",
				"""
						{"username":"viewer-ba","password":"a-long-enough-password","roles":["VIEWER"],"missions":["minusma"]}""");
		chromium.logIn(url("/admin.html"), "viewer-ba", "a-long-enough-password");
		chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("refused")));
		assertThat(chromium.driver().findElement(By.id("accounts-panel")).isDisplayed()).isFalse();
	}

}
