package org.bluehelmet.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bluehelmet.DemoPacks;
import org.bluehelmet.PageTest;
import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Importing incidents through the browser, as a person does: choose a file, watch it go,
 * read the report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "bluehelmet.security.admin-password=" + IncidentImportPageTest.PASSWORD)
class IncidentImportPageTest extends PageTest {

	static final String PASSWORD = "import-page-password";

	@TempDir
	Path folder;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.useFreshH2(registry);
	}

	@Test
	void importsTheRealUcdpFileAndSaysNothingWasNew() throws IOException {
		upload(UcdpTestFiles.realFile());
		WebDriver page = chromium.driver();
		chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("report")));
		String all = DemoPacks.inEnglish(DemoPacks.incidents("minusma"));
		assertThat(page.findElement(By.id("verdict")).getText())
			.isEqualTo(UcdpTestFiles.realFile().getFileName() + ": stored.");
		assertThat(page.findElement(By.id("rows-read")).getText()).isEqualTo(all);
		assertThat(page.findElement(By.id("stored")).getText()).isEqualTo("0");
		assertThat(page.findElement(By.id("skipped")).getText()).isEqualTo(all);
		chromium.screenshot("incident-import-real-file.png");
	}

	@Test
	void showsEveryBadRowOfARejectedFile() throws IOException {
		Map<String, String> real = UcdpTestFiles.realRows(row -> row.get("id").equals("12993")).get(0);
		Path file = folder.resolve("two-bad-rows.csv");
		Files.writeString(file, UcdpTestFiles.csv(List.of(UcdpTestFiles.with(real, "id", "page-" + UUID.randomUUID()),
				UcdpTestFiles.with(real, "id", "page-" + UUID.randomUUID(), "where_prec", "9"),
				UcdpTestFiles.with(real, "id", "page-" + UUID.randomUUID(), "date_end", "never", "deaths_a", "-2"))));
		upload(file);
		WebDriver page = chromium.driver();
		chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
		assertThat(page.findElement(By.id("verdict")).getText())
			.isEqualTo("two-bad-rows.csv: rejected, nothing was stored.");
		// The counts add up: 3 rows read, 2 refused, 1 good row not stored because of
		// them.
		assertThat(page.findElement(By.id("rows-read")).getText()).isEqualTo("3");
		assertThat(page.findElement(By.id("rejected")).getText()).isEqualTo("2");
		assertThat(page.findElement(By.id("withheld")).getText()).isEqualTo("1");
		assertThat(page.findElement(By.id("withheld-row")).isDisplayed()).isTrue();
		// Every problem of every row, not only the first of each.
		assertThat(page.findElements(By.cssSelector("#problems tbody tr"))).extracting(row -> row.getText())
			.containsExactly("3 where_prec must be 1-7, was 9", "4 date_end 'never' is not a date (YYYY-MM-DD)",
					"4 deaths_a must not be negative");
		chromium.screenshot("incident-import-rejected.png");
	}

	private void upload(Path file) throws IOException {
		chromium.logIn("http://localhost:" + port + "/incidents-import.html", "admin", PASSWORD);
		WebDriver page = chromium.driver();
		chromium.waiting().until(ExpectedConditions.textToBe(By.id("mission-name"), "MINUSMA"));
		page.findElement(By.id("file")).sendKeys(file.toRealPath().toString());
		page.findElement(By.id("start")).click();
	}

}
