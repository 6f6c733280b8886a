package org.bluehelmet.system;

import java.util.Optional;

import org.bluehelmet.text.Messages;
import org.bluehelmet.text.Phrase;

/**
 * A record that does not exist, or that the caller may not see: both answer 404 with the
 * same text, so that an answer never tells whether another mission's record exists.
 */
public class NotFoundException extends RuntimeException {

	private final transient Phrase phrase;

	/**
	 * @param what the kind of record, in English words ("incident", "alert for cell"):
	 * its message {@code thing.<words in camel case>} names it in the reader's language
	 * @param id the record asked for
	 */
	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
		String key = "thing." + camelCase(what);
		this.phrase = Messages.bundled().of(org.bluehelmet.text.Language.ENGLISH).containsKey(key)
				? Phrase.of("problem.notFound", "what", Phrase.of(key), "id", String.valueOf(id)) : null;
	}

	/**
	 * The refusal in words each language has, when the bundles name the record's kind.
	 */
	public Optional<Phrase> phrase() {
		return Optional.ofNullable(phrase);
	}

	private static String camelCase(String words) {
		StringBuilder key = new StringBuilder();
		boolean upper = false;
		for (char c : words.toCharArray()) {
			if (!Character.isLetterOrDigit(c)) {
				upper = key.length() > 0;
				continue;
			}
			key.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
			upper = false;
		}
		return key.toString();
	}

}
