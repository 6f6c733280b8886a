package org.bluehelmet.forcegen;

import java.time.LocalDate;

import org.bluehelmet.text.Phrase;

/**
 * The day force generation is read on when no day is asked for, and why that day.
 *
 * @param asOf the day
 * @param reason in words, for the page
 */
record DefaultAsOf(LocalDate asOf, Phrase reason) {
}
