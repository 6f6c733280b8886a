package org.bluehelmet.geo;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the quote characters of the text read through it. In valid CSV each quoted field
 * holds an even number of them (its two quotes and doubled ones inside), so the count,
 * less the quotes inside unquoted fields, is odd exactly when a quoted field was left
 * open.
 */
final class QuoteCountingReader extends FilterReader {

	private long quotes;

	QuoteCountingReader(Reader in) {
		super(in);
	}

	long quotes() {
		return this.quotes;
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c == '"') {
			this.quotes++;
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		for (int i = offset; i < offset + read; i++) {
			if (buffer[i] == '"') {
				this.quotes++;
			}
		}
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		throw new IOException("skipping would lose count of the quotes");
	}

}
