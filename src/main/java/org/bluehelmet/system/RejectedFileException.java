package org.bluehelmet.system;

import java.util.List;

/**
 * A file that was refused as a whole, with every bad row found in it; nothing of it was
 * stored.
 */
public class RejectedFileException extends RuntimeException {

	private final transient List<RowProblem> problems;

	public RejectedFileException(String file, List<RowProblem> problems) {
		super(file + ": " + problems.size() + " bad row(s), nothing stored; first: " + problems.get(0));
		this.problems = List.copyOf(problems);
	}

	public List<RowProblem> problems() {
		return problems;
	}

}
