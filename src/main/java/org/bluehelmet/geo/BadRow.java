package org.bluehelmet.geo;

import java.util.List;

/** A row with several bad fields. */
final class BadRow extends RuntimeException {

	private final List<BadField> fields;

	BadRow(List<BadField> fields) {
		super(fields.get(0).getMessage());
		this.fields = List.copyOf(fields);
	}

	public List<BadField> fields() {
		return fields;
	}

}
