package org.bluehelmet.system;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes CSV cells safe to open in a spreadsheet, as OWASP's "CSV Injection" page advises:
 * a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return would be read as a formula (which can run commands or leak data), so it
 * gets a leading apostrophe, which spreadsheets show as text. Numbers ({@code -8.25})
 * stay as they are, so that coordinates and counts remain numbers; {@code null} stays
 * empty. Every CSV export passes its cells through here.
 */
public final class CsvCells {

	private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

	private CsvCells() {
	}

	/** The value as a spreadsheet may safely read it. */
	public static Object safe(Object value) {
		if (!(value instanceof CharSequence text) || text.isEmpty()) {
			return value;
		}
		String cell = text.toString();
		char first = cell.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formula && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
	}

	/** A row's cells, each made safe (for {@code CSVPrinter.printRecord}). */
	public static Object[] row(Object... values) {
		Object[] safe = new Object[values.length];
		for (int i = 0; i < values.length; i++) {
			safe[i] = safe(values[i]);
		}
		return safe;
	}

	/** A row's cells, each made safe. */
	public static List<Object> rowOf(Iterable<?> values) {
		List<Object> safe = new ArrayList<>();
		values.forEach(value -> safe.add(safe(value)));
		return safe;
	}

	/**
	 * The cell as it was before {@link #safe} (for reading back an export): an apostrophe
	 * before a formula's first character is dropped.
	 */
	public static String unsafe(String cell) {
		if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') {
			return cell;
		}
		String rest = cell.substring(1);
		return safe(rest).equals(cell) ? rest : cell;
	}

	/** A text cell made safe and quoted as RFC 4180 does, for CSV written by hand. */
	public static String quoted(String text) {
		return text == null ? "" : "\"" + safe(text).toString().replace("\"", "\"\"") + "\"";
	}

}
