package org.bluehelmet.incident;

import java.util.List;

import org.bluehelmet.system.RowProblem;

/**
 * What an import of one file did.
 *
 * @param importId the import's id
 * @param fileName the file
 * @param status stored, or rejected (nothing stored)
 * @param rowsRead rows read from the file, good and bad: always {@code stored + skipped +
 * rejected + withheld}
 * @param stored new incidents stored
 * @param skipped rows whose source id was already stored (or repeated in the file)
 * @param rejected bad rows (unreadable, or read but impossible)
 * @param withheld good rows not stored because the file was refused for its bad rows
 * @param suspectedDuplicates stored incidents flagged as possibly the same as another
 * source's
 * @param problems what was wrong: every problem of every bad row, with its line and
 * column (the first {@value #LISTED_PROBLEMS}), and what made the file unreadable
 */
public record ImportReport(long importId, String fileName, Status status, long rowsRead, long stored, long skipped,
		long rejected, long withheld, long suspectedDuplicates, List<RowProblem> problems) {

	/** The most problems a report lists: enough to fix a file, small enough to read. */
	public static final int LISTED_PROBLEMS = org.bluehelmet.geo.CsvRecords.MAX_DESCRIBED_PROBLEMS;

	public ImportReport {
		problems = List.copyOf(problems);
	}

	/** Whether more problems were found than the report lists. */
	@com.fasterxml.jackson.annotation.JsonProperty("moreProblems")
	public boolean moreProblems() {
		return problems.size() >= LISTED_PROBLEMS;
	}

	/** How an import ended. */
	public enum Status {

		/** Every good row is stored (bad rows, if any, were skipped on request). */
		STORED,
		/** Bad rows were found and nothing was stored. */
		REJECTED

	}

}
