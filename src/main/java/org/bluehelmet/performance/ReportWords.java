package org.bluehelmet.performance;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.Locale;

import org.bluehelmet.text.Language;
import org.bluehelmet.text.Messages;
import org.bluehelmet.text.Phrase;

/**
 * The monthly report's words in the language it is written in: messages from the bundles
 * ({@code report.*}), numbers, shares and months as that language writes them (1 234,5
 * and 12,3 % in French).
 *
 * @param language the report's language
 * @param messages the bundles
 */
record ReportWords(Language language, Messages messages) {

	/** A message with its values, name, value, name, value… */
	String t(String key, Object... namesAndValues) {
		return messages.format(language, Phrase.of(key, namesAndValues));
	}

	/** A phrase the server built (an alert's place, its reach). */
	String of(Phrase phrase) {
		return messages.format(language, phrase);
	}

	Locale locale() {
		return language == Language.FRENCH ? Locale.FRENCH : Locale.ENGLISH;
	}

	/**
	 * A count or amount with the language's thousands separator, rounded to one decimal.
	 */
	String number(double value) {
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMaximumFractionDigits(1);
		return printable(format.format(value));
	}

	/**
	 * French groups thousands with a narrow no-break space, which the PDF's standard
	 * fonts lack: the no-break space they have stands in.
	 */
	private static String printable(String number) {
		return number.replace('\u202f', '\u00a0');
	}

	/** A share as a percentage with one decimal. */
	String percent(double share) {
		NumberFormat format = NumberFormat.getPercentInstance(locale());
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return printable(format.format(share));
	}

	/** "December 2020", "décembre 2020". */
	String month(YearMonth month) {
		return messages.written(language, month);
	}

	/** "5 Dec 2020", "5 déc. 2020": as the pages write days. */
	String day(java.time.LocalDate day) {
		return printable(messages.written(language, day));
	}

	/**
	 * An indicator's value, target or baseline: a share as a percentage, else a number.
	 */
	String value(Double value, Measure measure) {
		if (value == null) {
			return t("perf.noData");
		}
		return measure.isShare() ? percent(value) : number(value);
	}

}
