package org.bluehelmet.system;

import org.bluehelmet.text.Language;
import org.bluehelmet.text.Messages;
import org.bluehelmet.text.Phrase;

/** Input that breaks a rule of the domain; answered with 400 and the field at fault. */
public class InvalidInputException extends RuntimeException {

	private final String field;

	private final Phrase phrase;

	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
		this.phrase = null;
	}

	/**
	 * Refused with words the reader gets in their language (the problem details' detail);
	 * the exception's own message is the English.
	 */
	public InvalidInputException(String field, Phrase phrase) {
		super(Messages.bundled().format(Language.ENGLISH, phrase));
		this.field = field;
		this.phrase = phrase;
	}

	/** What is wrong in words of any language, when the thrower gave them. */
	public java.util.Optional<Phrase> phrase() {
		return java.util.Optional.ofNullable(phrase);
	}

	/** The request parameter, JSON field or CSV column that was wrong. */
	public String field() {
		return field;
	}

}
