package org.bluehelmet.geo;

import java.util.List;

/**
 * One name of the gazetteer, in the spelling the project shows, with the other spellings
 * that sources use for it.
 *
 * @param kind region or place
 * @param name canonical spelling (the host country's official one, with its accents)
 * @param aliases other spellings found in sources, e.g. English exonyms or a source's own
 * label
 * @param position where the place is, or {@code null} for a region
 */
public record GazetteerEntry(PlaceKind kind, String name, List<String> aliases, Position position) {

	public GazetteerEntry {
		aliases = List.copyOf(aliases);
	}

}
