package org.bluehelmet.language;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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

	public Phrase {
		args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
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
