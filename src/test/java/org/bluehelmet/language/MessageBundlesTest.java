package org.bluehelmet.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The two languages say the same things: the same keys, none empty, the same {names} to
 * fill in; and every key a page or script asks for is in both.
 */
class MessageBundlesTest {

	private final Messages messages = new Messages();

	private static final Path STATIC = Path.of("src/main/resources/static");

	@Test
	void englishAndFrenchHaveTheSameKeysNoneEmptyAndTheSamePlaceholders() {
		Map<String, String> english = messages.of(Language.ENGLISH);
		Map<String, String> french = messages.of(Language.FRENCH);
		assertThat(french.keySet()).as("keys missing in French or in English").isEqualTo(english.keySet());
		assertThat(english).hasSizeGreaterThan(50);
		english.forEach((key, text) -> {
			assertThat(text).as(key).isNotBlank();
			assertThat(french.get(key)).as(key).isNotBlank();
			assertThat(placeholders(french.get(key))).as(key).isEqualTo(placeholders(text));
		});
		// Not English copied over: most messages differ (some words are the same in
		// both).
		long same = english.keySet().stream().filter(key -> english.get(key).equals(french.get(key))).count();
		assertThat(same).isLessThan(english.size() / 5);
	}

	@Test
	void everyKeyThePagesAskForIsInTheBundles() throws IOException {
		Set<String> asked = new TreeSet<>();
		Pattern inHtml = Pattern.compile("data-i18n(?:-[a-z-]+)?=\"([^\"]+)\"");
		Pattern inScript = Pattern.compile("\\bt\\('([a-zA-Z.]+)'|\\btCount\\('([a-zA-Z.]+)'");
		try (Stream<Path> files = Files.walk(STATIC)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = file.toString();
				// i18n.js itself only shows the syntax in its comments.
				if (!name.endsWith(".html") && !name.endsWith(".js") || name.endsWith("i18n.js")) {
					continue;
				}
				Matcher html = inHtml.matcher(Files.readString(file));
				while (html.find()) {
					asked.add(html.group(1));
				}
				Matcher script = inScript.matcher(Files.readString(file));
				while (script.find()) {
					if (script.group(1) != null) {
						asked.add(script.group(1));
					}
					else {
						asked.add(script.group(2) + ".one");
						asked.add(script.group(2) + ".many");
					}
				}
			}
		}
		assertThat(asked).hasSizeGreaterThan(40);
		assertThat(messages.of(Language.ENGLISH).keySet()).containsAll(asked);
		assertThat(messages.of(Language.FRENCH).keySet()).containsAll(asked);
	}

	private static Set<String> placeholders(String text) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = Pattern.compile("\\{(\\w+)\\}").matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

}
