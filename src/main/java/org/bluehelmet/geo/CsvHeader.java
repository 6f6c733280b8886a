package org.bluehelmet.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file's column names, each the position of its column: refused when a name is
 * empty or repeated, since a row's value could then not be told by name.
 */
record CsvHeader(List<String> names, Map<String, Integer> positions) {

	static CsvHeader of(List<String> read) {
		List<String> names = new ArrayList<>(read);
		if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
			// Excel's "CSV UTF-8" starts the file with a byte-order mark: not part of
			// the first column's name.
			names.set(0, names.get(0).substring(1).strip());
		}
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			if (name.isEmpty()) {
				throw new IllegalArgumentException("column " + (i + 1) + " has no name");
			}
			if (positions.putIfAbsent(name, i) != null) {
				throw new IllegalArgumentException("the column name '" + name + "' is repeated");
			}
		}
		return new CsvHeader(List.copyOf(names), Map.copyOf(positions));
	}

	int indexOf(String name) {
		Integer position = this.positions.get(name);
		return position == null ? -1 : position;
	}

	int size() {
		return this.names.size();
	}

}
