package org.bluehelmet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageShellTest {

	private final PageShell shell = new PageShell();

	@Test
	void putsEachPagesOwnLinesInsideTheSharedShellOnce() {
		String page = shell.page("posture").getBody();
		assertThat(page).startsWith("<!DOCTYPE html>")
			.endsWith("</body>\n</html>\n")
			.contains("  <title data-i18n=\"posture.title\">")
			.contains("<script src=\"/js/posture.js\"></script>")
			.doesNotContain("<!-- head -->", "<!-- body -->");
		// Its own stylesheet before the site's, which overrides it.
		assertThat(page.indexOf("leaflet.css")).isLessThan(page.indexOf("/css/bluehelmet.css"));
		assertThat(page.split("<header>", -1)).hasSize(2);
	}

	@Test
	void servesTheMapAtTheRootAndRefusesAPageItDoesNotHave() {
		assertThat(shell.page(null).getBody()).contains("data-i18n=\"map.title\"");
		assertThat(shell.page(null).getHeaders().getCacheControl()).isEqualTo("no-cache");
		assertThatThrownBy(() -> shell.page("shell")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> shell.page("../application")).isInstanceOf(NotFoundException.class);
	}

}
