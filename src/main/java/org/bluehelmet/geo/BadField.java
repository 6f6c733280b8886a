package org.bluehelmet.geo;

import org.bluehelmet.text.Language;
import org.bluehelmet.text.Messages;
import org.bluehelmet.text.Phrase;

/** A field whose value cannot be read; the reader turns it into a row problem. */
public final class BadField extends RuntimeException {

	private final String column;

	private final transient Phrase reason;

	public BadField(String column, String reason) {
		this(column, Phrase.verbatim(reason));
	}

	/** A field refused in words each language has. */
	public BadField(String column, Phrase reason) {
		super(Messages.bundled().format(Language.ENGLISH, reason));
		this.column = column;
		this.reason = reason;
	}

	public String column() {
		return column;
	}

	/** Why, in words each language has. */
	public Phrase reason() {
		return reason;
	}

}
