package org.bluehelmet.system;

import java.util.List;

/**
 * A set of files refused as a whole, with every problem found in any of them; nothing was
 * stored.
 */
public class RejectedFilesException extends RuntimeException {

	private final transient List<FileProblem> problems;

	public RejectedFilesException(String what, List<FileProblem> problems) {
		super(what + ": " + problems.size() + " problem(s), nothing stored; first: " + problems.get(0));
		this.problems = List.copyOf(problems);
	}

	public List<FileProblem> problems() {
		return problems;
	}

}
