package org.bluehelmet.geo;

import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.RecordType;

/**
 * Builds {@link CsvRow}s from FastCSV's parser, trimming each field (as the readers
 * always did), bounding the fields of a row, and counting the quote characters met inside
 * unquoted fields: with {@link QuoteCountingReader}'s count of all of them this tells a
 * quoted field left open at the end of the file, which FastCSV closes silently (its issue
 * 173).
 */
final class CsvRowHandler extends CsvCallbackHandler<CsvRow> {

	/** A row with more fields than this ends the reading: no file of ours has a tenth. */
	static final int MAX_FIELDS = 2_000;

	private final List<String> fields = new ArrayList<>();

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
		return this.fields.size();
	}

	@Override
	protected void beginRecord(long startingLineNumber) {
		this.line = startingLineNumber;
		this.fields.clear();
		this.type = RecordType.DATA;
	}

	@Override
	protected void addField(char[] buffer, int offset, int length, boolean quoted) {
		if (this.fields.size() == MAX_FIELDS) {
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
		this.fields.add(new String(buffer, start, end - start));
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
		return new CsvRow(this.fields.toArray(String[]::new), this.header, this.line);
	}

}
