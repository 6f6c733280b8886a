package org.bluehelmet.system;

/**
 * What was wrong with one row of an imported file.
 *
 * @param line physical line number in the file where the row starts (1 is the header), so
 * that a row with a quoted multi-line field is reported where an editor shows it
 * @param field the column at fault, or {@code null} when the row as a whole is wrong
 * @param reason what is wrong, in words a user can act on
 */
public record RowProblem(long line, String field, String reason) {

	@Override
	public String toString() {
		return "line " + line + (field == null ? "" : ", " + field) + ": " + reason;
	}

}
