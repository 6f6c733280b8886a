package org.bluehelmet.mission;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The optional files of a mission pack that other features store with the mission
 * ({@code incidents-ucdp.csv}, {@code requirements.csv}, {@code pledges.csv},
 * {@code indicators.csv}, {@code fatalities.csv}), held as read from the pack: the pack's
 * folder or zip may be gone by the time they are stored. Small (a pack is bounded) and
 * immutable.
 */
public final class PackFiles {

	/** The files other features take from a pack, when it has them. */
	public static final java.util.List<String> NAMES = java.util.List.of("incidents-ucdp.csv", "incidents.csv",
			"requirements.csv", "pledges.csv", "indicators.csv", "fatalities.csv");

	private final Map<String, byte[]> files;

	PackFiles(Map<String, byte[]> files) {
		this.files = new TreeMap<>(files);
	}

	/** The file's text, if the pack has it. */
	public Optional<Reader> open(String name) {
		byte[] bytes = files.get(name);
		return bytes == null ? Optional.empty()
				: Optional.of(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
	}

	/** The names of the files held. */
	public java.util.Set<String> names() {
		return java.util.Collections.unmodifiableSet(files.keySet());
	}

}
