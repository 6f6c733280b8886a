package org.bluehelmet.system;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.bluehelmet.text.Phrase;

/** Months as the API and the command line write them: {@code YYYY-MM}. */
public final class Months {

	private Months() {
	}

	/**
	 * The month written in {@code text}.
	 * @throws InvalidInputException naming {@code field} when it is not a month
	 */
	public static YearMonth parse(String field, String text) {
		try {
			return YearMonth.parse(text.trim());
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw new InvalidInputException(field, Phrase.of("problem.month", "text", Phrase.verbatim(text)));
		}
	}

}
