package org.bluehelmet.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a headed CSV file: its fields, trimmed, looked up by position or by the
 * header's column name, and the physical line it starts on (the header is line 1).
 * <p>
 * The row keeps its text in one array and makes a field's string only when asked: an
 * import reads a dozen of UCDP's fifty columns, and making the others cost a fifth of its
 * reading thread in allocation and garbage collection.
 */
public final class CsvRow implements CsvRecords.Fields {

	private final char[] text;

	/** Start and end of each field in {@link #text}, trimmed. */
	private final int[] bounds;

	private final CsvHeader header;

	private final long line;

	CsvRow(char[] text, int[] bounds, CsvHeader header, long line) {
		this.text = text;
		this.bounds = bounds;
		this.header = header;
		this.line = line;
	}

	/** The line of the file this row starts on. */
	public long line() {
		return this.line;
	}

	public int size() {
		return this.bounds.length / 2;
	}

	public String get(int index) {
		if (index < 0 || index >= size()) {
			throw new IndexOutOfBoundsException("the row has no field " + (index + 1));
		}
		int start = this.bounds[2 * index];
		return new String(this.text, start, this.bounds[2 * index + 1] - start);
	}

	/**
	 * The field of a column the header names.
	 * @throws IllegalArgumentException when the header has no such column
	 */
	public String get(String column) {
		int index = this.header.indexOf(column);
		if (index < 0) {
			throw new IllegalArgumentException("the file has no column " + column);
		}
		return get(index);
	}

	/** Whether the header names this column. */
	public boolean has(String column) {
		return this.header.indexOf(column) >= 0;
	}

	/** The field of a column, or {@code null} when the header or the row has none. */
	@Override
	public String raw(String column) {
		int index = this.header.indexOf(column);
		return index < 0 || index >= size() ? null : get(index);
	}

	public List<String> toList() {
		List<String> fields = new ArrayList<>(size());
		for (int i = 0; i < size(); i++) {
			fields.add(get(i));
		}
		return fields;
	}

	@Override
	public String toString() {
		return "line " + this.line + " " + toList();
	}

}
