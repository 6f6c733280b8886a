package org.bluehelmet.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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

	private static final String VERBATIM = "verbatim";

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
		if (VERBATIM.equals(key)) {
			// Text as it was given (a value typed in a file, a library's message): no
			// number or date in it is rewritten; the pseudo-locale still marks it.
			String text = String.valueOf(phrase.args().getOrDefault("text", ""));
			return language == Language.PSEUDO ? "⟦" + text + "⟧" : text;
		}
		if (phrase.args().get("n") instanceof Number n && of(language).containsKey(key + ".one")) {
			key += n.doubleValue() == 1 ? ".one" : ".many";
		}
		return PLACEHOLDER.matcher(get(language, key)).replaceAll(found -> {
			String name = found.group(1);
			return Matcher.quoteReplacement(
					phrase.args().containsKey(name) ? value(language, phrase.args().get(name)) : found.group());
		});
	}

	/**
	 * A value as the language writes it: a number (1 234,5), a month (décembre 2020), a
	 * day (5 déc. 2020), a phrase; anything else as its text.
	 */
	public String written(Language language, Object value) {
		return value(language, value);
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
		String text = value == null ? "" : String.valueOf(value);
		// A month or a day, as a value or as the text a stored phrase keeps of it
		// (2020-12, 2020-12-05): as the language writes dates (December 2020, 5 Dec 2020;
		// décembre 2020, 5 déc. 2020). British English: the UN's.
		Locale dates = language == Language.FRENCH ? Locale.FRENCH : Locale.UK;
		if (ISO_MONTH.matcher(text).matches()) {
			return MONTH.withLocale(dates).format(YearMonth.parse(text));
		}
		if (ISO_DAY.matcher(text).matches()) {
			try {
				return DAY.withLocale(dates).format(LocalDate.parse(text));
			}
			catch (java.time.format.DateTimeParseException notADay) {
				return text; // 2021-02-30: shown as it was given
			}
		}
		return text;
	}

	private static final Pattern ISO_MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

	private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

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
