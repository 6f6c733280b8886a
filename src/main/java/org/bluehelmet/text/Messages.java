package org.bluehelmet.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

/**
 * Every message of each language, read once from {@code i18n/messages.properties}
 * (English) and {@code i18n/messages_fr.properties} (UTF-8), for the pages' scripts.
 */
public final class Messages {

	private static final Messages BUNDLED = new Messages();

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");

	private final Map<Language, Map<String, String>> bundles = new java.util.EnumMap<>(Language.class);

	/**
	 * The bundles, read once for the whole application (the server's bean and the
	 * exceptions' English messages share them).
	 */
	public static Messages bundled() {
		return BUNDLED;
	}

	private Messages() {
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

	/**
	 * A phrase in a language: its message with each {name} replaced by its value, numbers
	 * as the language writes them (1 234,5 in French), months by their name.
	 */
	public String format(Language language, Phrase phrase) {
		String key = phrase.key();
		if (phrase.args().get("n") instanceof Number n && of(language).containsKey(key + ".one")) {
			key += n.doubleValue() == 1 ? ".one" : ".many";
		}
		return PLACEHOLDER.matcher(get(language, key)).replaceAll(found -> {
			String name = found.group(1);
			return Matcher.quoteReplacement(
					phrase.args().containsKey(name) ? value(language, phrase.args().get(name)) : found.group());
		});
	}

	private String value(Language language, Object value) {
		Locale locale = language == Language.PSEUDO ? Locale.ENGLISH : language.locale();
		if (value instanceof Phrase phrase) {
			return format(language, phrase);
		}
		if (value instanceof Number number) {
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMaximumFractionDigits(1);
			// French groups thousands with a narrow no-break space, which the PDF
			// report's
			// standard fonts lack (19525 was printed): the no-break space they have.
			return format.format(number).replace('\u202f', '\u00a0');
		}
		if (value instanceof Month month) {
			return month.getDisplayName(TextStyle.FULL_STANDALONE, locale);
		}
		return value == null ? "" : String.valueOf(value);
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
