package org.bluehelmet.incident;

import java.util.List;

import org.bluehelmet.system.RowProblem;

/**
 * What an import of one file did.
 *
 * @param importId the import's id
 * @param fileName the file
 * @param status stored, or rejected (nothing stored)
 * @param rowsRead rows read from the file, good and bad
 * @param stored new incidents stored
 * @param skipped rows whose source id was already stored (or repeated in the file)
 * @param rejected bad rows
 * @param suspectedDuplicates stored incidents flagged as possibly the same as another
 * source's
 * @param problems what was wrong with the bad rows (the first 1,000), with their line
 * numbers
 */
public record ImportReport(long importId, String fileName, Status status, long rowsRead, long stored, long skipped,
		long rejected, long suspectedDuplicates, List<RowProblem> problems) {

	public ImportReport {
		problems = List.copyOf(problems);
	}

	/** How an import ended. */
	public enum Status {

		/** Every good row is stored (bad rows, if any, were skipped on request). */
		STORED,
		/** Bad rows were found and nothing was stored. */
		REJECTED

	}

}
