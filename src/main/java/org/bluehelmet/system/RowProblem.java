package org.bluehelmet.system;

import org.bluehelmet.text.Language;
import org.bluehelmet.text.Messages;
import org.bluehelmet.text.Phrase;

/**
 * What was wrong with one row of an imported file.
 *
 * @param line physical line number in the file where the row starts (1 is the header), so
 * that a row with a quoted multi-line field is reported where an editor shows it
 * @param field the column at fault, or {@code null} when the row as a whole is wrong
 * @param reason what is wrong, in words a user can act on: written in the reader's
 * language in an answer to a request ({@code PhraseJson}), in English in logs and on the
 * command line
 */
public record RowProblem(long line, String field, Phrase reason) {

	/** A problem whose reason exists in English only (a library's message). */
	public RowProblem(long line, String field, String reason) {
		this(line, field, Phrase.verbatim(reason));
	}

	/** The reason in English, for logs, files and the command line. */
	public String reasonText() {
		return Messages.bundled().format(Language.ENGLISH, reason);
	}

	@Override
	public String toString() {
		return "line " + line + (field == null ? "" : ", " + field) + ": " + reasonText();
	}

}
