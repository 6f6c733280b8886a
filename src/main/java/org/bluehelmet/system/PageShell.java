package org.bluehelmet.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The site's pages: one shell ({@code pages/shell.html}: the head every page needs and
 * the header with its navigation) around each page's own lines ({@code pages/NAME.html}:
 * its title and any stylesheet, a {@code <!-- body -->} line, then its body), so that the
 * shared part is written once. Only files of the project go in: no request's value is
 * ever put into a page, whose data the page's scripts fetch and set as text.
 */
@Controller
class PageShell {

	private static final String HEAD = "  <!-- head -->";

	private static final String BODY = "<!-- body -->";

	private final Map<String, String> pages = new HashMap<>();

	PageShell() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:pages/*.html");
			String shell = text(Arrays.stream(files)
				.filter(file -> "shell.html".equals(file.getFilename()))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("pages/shell.html is missing")));
			for (Resource file : files) {
				String name = file.getFilename().substring(0, file.getFilename().length() - ".html".length());
				if (!name.equals("shell")) {
					pages.put(name, page(shell, name, text(file)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The page; the deployment map at the site's root. */
	@GetMapping(path = { "/", "/{name}.html" })
	ResponseEntity<String> page(@PathVariable(required = false) String name) {
		String page = pages.get(name == null ? "index" : name);
		if (page == null) {
			throw new NotFoundException("page", name);
		}
		// Asked again at each visit (answered from the browser's copy when unchanged):
		// a page and the scripts it names change together at an upgrade.
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(page);
	}

	private static String page(String shell, String name, String own) {
		int body = own.indexOf(BODY + "\n");
		if (body < 0 || !shell.contains(HEAD) || !shell.contains(BODY)) {
			throw new IllegalStateException("pages/" + name + ".html has no " + BODY + " line");
		}
		String head = own.substring(0, body).lines().map(line -> "  " + line).collect(Collectors.joining("\n"));
		return shell.replace(HEAD, head).replace(BODY + "\n", own.substring(body + BODY.length() + 1));
	}

	private static String text(Resource file) throws IOException {
		try (var in = file.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
