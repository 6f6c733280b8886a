package org.bluehelmet.geo;

import java.util.Arrays;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.RecordType;

/**
 * Builds {@link CsvRow}s from FastCSV's parser, trimming each field (as the readers
 * always did), copying each row's text once, bounding the fields of a row, and counting
 * the quote characters met inside unquoted fields: with {@link QuoteCountingReader}'s
 * count of all of them this tells a quoted field left open at the end of the file, which
 * FastCSV closes silently (its issue 173).
 */
final class CsvRowHandler extends CsvCallbackHandler<CsvRow> {

	/** A row with more fields than this ends the reading: no file of ours has a tenth. */
	static final int MAX_FIELDS = 2_000;

	/**
	 * A row of more characters than this ends the reading, so that a quoted field left
	 * open (the rest of the file in one row) cannot fill the memory.
	 */
	static final int MAX_ROW_CHARS = 1 << 24;

	/** The row's text so far, its fields one after the other. */
	private char[] text = new char[4096];

	private int length;

	/** Start and end of each field in {@link #text}. */
	private int[] bounds = new int[2 * 64];

	private int fieldCount;

	private RecordType type = RecordType.DATA;

	private long line;

	private long unquotedQuotes;

	private CsvHeader header;

	void header(CsvHeader header) {
		this.header = header;
	}

	/** The line the row being read (or the last one read) starts on. */
	long line() {
		return this.line;
	}

	long unquotedQuotes() {
		return this.unquotedQuotes;
	}

	@Override
	protected RecordType getRecordType() {
		return this.type;
	}

	@Override
	protected int getFieldCount() {
		return this.fieldCount;
	}

	@Override
	protected void beginRecord(long startingLineNumber) {
		this.line = startingLineNumber;
		this.length = 0;
		this.fieldCount = 0;
		this.type = RecordType.DATA;
	}

	@Override
	protected void addField(char[] buffer, int offset, int length, boolean quoted) {
		if (this.fieldCount == MAX_FIELDS) {
			throw new CsvParseException("a row has more than " + MAX_FIELDS + " fields");
		}
		if (!quoted) {
			for (int i = offset; i < offset + length; i++) {
				if (buffer[i] == '"') {
					this.unquotedQuotes++;
				}
			}
		}
		int start = offset;
		int end = offset + length;
		while (start < end && buffer[start] <= ' ') {
			start++;
		}
		while (end > start && buffer[end - 1] <= ' ') {
			end--;
		}
		keep(buffer, start, end - start);
	}

	private void keep(char[] buffer, int offset, int count) {
		if (this.length + count > MAX_ROW_CHARS) {
			throw new CsvParseException("a row has more than " + MAX_ROW_CHARS + " characters");
		}
		if (this.length + count > this.text.length) {
			this.text = Arrays.copyOf(this.text, Math.max(2 * this.text.length, this.length + count));
		}
		if (2 * this.fieldCount + 2 > this.bounds.length) {
			this.bounds = Arrays.copyOf(this.bounds, 2 * this.bounds.length);
		}
		System.arraycopy(buffer, offset, this.text, this.length, count);
		this.bounds[2 * this.fieldCount] = this.length;
		this.bounds[2 * this.fieldCount + 1] = this.length + count;
		this.length += count;
		this.fieldCount++;
	}

	@Override
	protected void setComment(char[] buffer, int offset, int length) {
		// The reader is built without comments: every line is data.
		this.type = RecordType.COMMENT;
	}

	@Override
	protected void setEmpty() {
		this.type = RecordType.EMPTY;
	}

	@Override
	protected CsvRow buildRecord() {
		return new CsvRow(Arrays.copyOf(this.text, this.length), Arrays.copyOf(this.bounds, 2 * this.fieldCount),
				this.header, this.line);
	}

}
