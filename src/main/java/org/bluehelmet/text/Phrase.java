package org.bluehelmet.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Words the server says (why a cell is at risk, how far the force reaches), kept as a
 * message key and its values until they are written in the reader's language: a page in
 * French, a CAP alert in both languages, a report in the language asked for. Values may
 * be numbers (written as the language writes them), months, or phrases themselves. A
 * value named {@code n} chooses between {@code key.one} and {@code key.many} where the
 * bundle has them.
 *
 * @param key the message's key in {@code i18n/messages*.properties}
 * @param args the values of its {names}
 */
public record Phrase(String key, Map<String, Object> args) {

	/**
	 * Also how a phrase stored as JSON (its key and values) is read back: values that
	 * were phrases come back as maps of a key and values, and are made phrases again.
	 */
	@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
	public Phrase(@JsonProperty("key") String key, @JsonProperty("args") Map<String, Object> args) {
		Map<String, Object> values = new LinkedHashMap<>();
		if (args != null) {
			args.forEach((name, value) -> values.put(name, stored(value)));
		}
		this.key = key;
		this.args = Collections.unmodifiableMap(values);
	}

	/**
	 * Text written as it was given, in every language: a value typed in a file, a
	 * library's message, or text stored before it was a phrase (a scenario saved with its
	 * notes in English).
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static Phrase verbatim(String text) {
		return of("verbatim", "text", text);
	}

	private static Object stored(Object value) {
		if (value instanceof Map<?, ?> map && map.get("key") instanceof String key
				&& (map.get("args") == null || map.get("args") instanceof Map)) {
			@SuppressWarnings("unchecked")
			Map<String, Object> nested = (Map<String, Object>) map.get("args");
			return new Phrase(key, nested);
		}
		return value;
	}

	/** A phrase with its values given as name, value, name, value… */
	public static Phrase of(String key, Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("names and values come in pairs: " + key);
		}
		Map<String, Object> args = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			args.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return new Phrase(key, args);
	}

}
