package org.bluehelmet.system;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Lets a writer close the stream it was given (as CSV printers and JSON generators do)
 * without closing the stream under it, such as a zip's next entry.
 */
public final class NonClosingOutputStream extends FilterOutputStream {

	public NonClosingOutputStream(OutputStream out) {
		super(out);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		out.write(bytes, offset, length);
	}

	@Override
	public void close() throws IOException {
		flush();
	}

}
