package org.bluehelmet.warning;

import java.util.Locale;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;

/** What is forecast per cell and month. */
public enum ForecastTarget {

	/** Deaths in organised violence (UCDP's {@code best} estimate, all types). */
	FATALITIES,
	/** Attacks on civilians (UCDP one-sided violence, type 3, or our category). */
	CIVILIAN_ATTACKS;

	/**
	 * From the command line's spelling: {@code fatalities} or {@code civilian-attacks}.
	 */
	public static ForecastTarget parse(String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInputException("target", Phrase.of("problem.warning.target", "text", text));
		}
	}

}
