package org.bluehelmet.geo;

import java.util.ArrayList;
import java.util.List;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;

/**
 * A row's problems, collected so that a report names every one, not only the first: a
 * reader reads each field through {@link #read}, then calls {@link #done} before it
 * builds its value.
 */
public final class RowCheck {

	private final List<BadField> problems = new ArrayList<>();

	/** The field's value, or {@code null} with its problem noted. */
	public <T> T read(java.util.function.Supplier<T> field) {
		try {
			return field.get();
		}
		catch (BadRow ex) {
			problems.addAll(ex.fields());
		}
		catch (BadField ex) {
			problems.add(ex);
		}
		catch (InvalidInputException ex) {
			problems.add(new BadField(ex.field(), ex.phrase().orElseGet(() -> Phrase.verbatim(ex.getMessage()))));
		}
		return null;
	}

	/** Notes a problem found by comparing fields. */
	public void problem(String column, String reason) {
		problems.add(new BadField(column, reason));
	}

	/** Whether no problem was noted so far. */
	public boolean ok() {
		return problems.isEmpty();
	}

	/** Throws the row's problems, if any. */
	public void done() {
		if (!problems.isEmpty()) {
			throw new BadRow(problems);
		}
	}

}
