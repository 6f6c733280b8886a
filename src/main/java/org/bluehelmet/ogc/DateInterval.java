package org.bluehelmet.ogc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.bluehelmet.system.InvalidInputException;

/**
 * The {@code datetime} parameter of OGC API – Features: an instant or a date, or an
 * interval of two separated by "/", either end open ("..", or empty). Times are taken to
 * their UTC day, since incidents are dated by day.
 *
 * @param from first day, or {@code null} when open
 * @param to last day, or {@code null} when open
 */
record DateInterval(LocalDate from, LocalDate to) {

	static DateInterval parse(String text) {
		if (text == null || text.isBlank()) {
			return new DateInterval(null, null);
		}
		String[] ends = text.split("/", -1);
		if (ends.length > 2) {
			throw new InvalidInputException("datetime", "datetime is a date, a date-time or an interval start/end");
		}
		LocalDate from = day(ends[0]);
		LocalDate to = ends.length == 1 ? from : day(ends[1]);
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInputException("datetime", "the interval ends before it starts");
		}
		return new DateInterval(from, to);
	}

	private static LocalDate day(String text) {
		String value = text.trim();
		if (value.isEmpty() || value.equals("..")) {
			return null;
		}
		try {
			return value.contains("T") ? OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()
					: LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("datetime", "'" + value + "' is not an RFC 3339 date or date-time");
		}
	}

}
