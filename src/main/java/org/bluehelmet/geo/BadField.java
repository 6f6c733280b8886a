package org.bluehelmet.geo;

/** A field whose value cannot be read; the reader turns it into a row problem. */
public final class BadField extends RuntimeException {

	private final String column;

	public BadField(String column, String reason) {
		super(reason);
		this.column = column;
	}

	public String column() {
		return column;
	}

}
