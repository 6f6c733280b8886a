package org.bluehelmet.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Every message of each language, read once from {@code i18n/messages.properties}
 * (English) and {@code i18n/messages_fr.properties} (UTF-8), for the pages' scripts.
 */
@Component
public class Messages {

	private final Map<Language, Map<String, String>> bundles = new java.util.EnumMap<>(Language.class);

	public Messages() {
		Map<String, String> english = read("i18n/messages.properties");
		bundles.put(Language.ENGLISH, english);
		bundles.put(Language.FRENCH, read("i18n/messages_fr.properties"));
		// Marked so that a page's text not taken from the bundle stands out.
		Map<String, String> pseudo = new TreeMap<>();
		english.forEach((key, text) -> pseudo.put(key, "⟦" + text + "⟧"));
		bundles.put(Language.PSEUDO, pseudo);
	}

	/** The messages of a language, by key. */
	public Map<String, String> of(Language language) {
		return bundles.get(language);
	}

	/** One message; the key itself when the bundle lacks it (a test keeps them alike). */
	public String get(Language language, String key) {
		return of(language).getOrDefault(key, key);
	}

	private static Map<String, String> read(String path) {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the message bundle " + path + " could not be read", ex);
		}
		Map<String, String> messages = new TreeMap<>();
		properties.forEach((key, value) -> messages.put((String) key, (String) value));
		return messages;
	}

}
