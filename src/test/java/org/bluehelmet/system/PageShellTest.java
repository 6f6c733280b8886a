package org.bluehelmet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class PageShellTest {

	private final PageShell shell = new PageShell();

	@Test
	void putsEachPagesOwnLinesInsideTheSharedShellOnce() {
		String page = shell.page("posture").getBody();
		assertThat(page).startsWith("<!DOCTYPE html>")
			.endsWith("</body>\n</html>\n")
			.contains("  <title data-i18n=\"posture.title\">")
			.contains("<script type=\"module\" src=\"/js/posture.js\"></script>")
			.doesNotContain("<!-- head -->", "<!-- body -->");
		// Its own stylesheet before the site's, which overrides it.
		assertThat(page.indexOf("leaflet.css")).isLessThan(page.indexOf("/css/bluehelmet.css"));
		assertThat(page.split("<header>", -1)).hasSize(2);
	}

	@Test
	void everyScriptOfBlueHelmetIsAnEsModule() throws IOException {
		// Shared helpers are imported by name (js/api.js, js/nav.js, js/i18n.js), never
		// found as globals left by a script loaded before; libraries (Leaflet, Chart.js)
		// stay classic scripts.
		List<String> names;
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/pages"))) {
			names = files.map(file -> file.getFileName().toString().replaceFirst("\\.html$", ""))
				.filter(name -> !name.equals("shell"))
				.toList();
		}
		assertThat(names).contains("index", "incident-new", "admin");
		for (String name : names) {
			String page = shell.page(name).getBody();
			assertThat(page).as(String.valueOf(name)).contains("<script type=\"module\" src=\"/js/");
			assertThat(page).as(String.valueOf(name)).doesNotContainPattern("<script src=\"/js/");
		}
	}

	@Test
	void servesTheMapAtTheRootAndRefusesAPageItDoesNotHave() {
		assertThat(shell.page(null).getBody()).contains("data-i18n=\"map.title\"");
		assertThat(shell.page(null).getHeaders().getCacheControl()).isEqualTo("no-cache");
		assertThatThrownBy(() -> shell.page("shell")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> shell.page("../application")).isInstanceOf(NotFoundException.class);
	}

}
