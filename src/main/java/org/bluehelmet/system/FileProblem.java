package org.bluehelmet.system;

/**
 * What was wrong in one file of a set of files imported together (a mission pack).
 *
 * @param file the file's name within the set
 * @param line the line where the problem is (1 is a CSV file's header), or 0 for the file
 * as a whole
 * @param field the column or field at fault, or {@code null}
 * @param reason what is wrong, in words a user can act on
 */
public record FileProblem(String file, long line, String field, String reason) {

	@Override
	public String toString() {
		return file + (line > 0 ? " line " + line : "") + (field == null ? "" : ", " + field) + ": " + reason;
	}

}
