package org.bluehelmet.mission;

import org.bluehelmet.geo.Position;

/**
 * A named place found by a search: its name, the spelling that matched when it was
 * another (an alias of the mission's gazetteer), where it is and how many live there.
 *
 * @param name the place's name
 * @param matched the spelling that matched, when not the name; else {@code null}
 * @param position where it is
 * @param population its population where known, else 0
 * @param kind {@code town} (the mission's places), {@code site} (a camp) or
 * {@code gazetteer}
 */
record PlaceMatch(String name, String matched, Position position, long population, String kind) {
}
