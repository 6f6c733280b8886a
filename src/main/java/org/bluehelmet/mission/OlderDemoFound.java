package org.bluehelmet.mission;

import java.util.function.Supplier;

/**
 * Published at start for each demo mission stored by an earlier version of Blue Helmet,
 * inside the transaction that completes it, so that a feature whose pack file is newer
 * than that version (the peacekeeper fatalities, for one) stores what the bundled pack
 * now holds; a listener that finds its part present does nothing.
 *
 * @param missionId the demo mission's id
 * @param files the bundled pack's optional files, read only when a listener asks (a
 * pack's incidents are several megabytes)
 */
public record OlderDemoFound(String missionId, Supplier<PackFiles> files) {
}
