package org.bluehelmet.geo;

import java.util.Arrays;
import java.util.List;

/**
 * One row of a headed CSV file: its fields, trimmed, looked up by position or by the
 * header's column name, and the physical line it starts on (the header is line 1).
 */
public final class CsvRow implements CsvRecords.Fields {

	private final String[] fields;

	private final CsvHeader header;

	private final long line;

	CsvRow(String[] fields, CsvHeader header, long line) {
		this.fields = fields;
		this.header = header;
		this.line = line;
	}

	/** The line of the file this row starts on. */
	public long line() {
		return this.line;
	}

	public int size() {
		return this.fields.length;
	}

	public String get(int index) {
		return this.fields[index];
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
		return this.fields[index];
	}

	/** Whether the header names this column. */
	public boolean has(String column) {
		return this.header.indexOf(column) >= 0;
	}

	/** The field of a column, or {@code null} when the header or the row has none. */
	@Override
	public String raw(String column) {
		int index = this.header.indexOf(column);
		return index < 0 || index >= this.fields.length ? null : this.fields[index];
	}

	public List<String> toList() {
		return Arrays.asList(this.fields.clone());
	}

	@Override
	public String toString() {
		return "line " + this.line + " " + Arrays.toString(this.fields);
	}

}
