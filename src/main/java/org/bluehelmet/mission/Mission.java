package org.bluehelmet.mission;

import java.time.LocalDate;
import java.util.List;

/**
 * A peace operation.
 *
 * @param id short stable key used in URLs, e.g. {@code minusma}
 * @param name the acronym, e.g. MINUSMA
 * @param fullName the full name
 * @param hostCountry the country the mission operates in
 * @param mandatePriorities the strategic priorities of the current mandate, most
 * important first
 * @param mandateStart when the Security Council established the mission
 * @param mandateEnd when the mandate ended, or {@code null} while it runs
 * @param mandateEndResolution the resolution that ended it, or {@code null}
 */
public record Mission(String id, String name, String fullName, String hostCountry, List<String> mandatePriorities,
		LocalDate mandateStart, LocalDate mandateEnd, String mandateEndResolution) {

	public Mission {
		mandatePriorities = List.copyOf(mandatePriorities);
	}

}
