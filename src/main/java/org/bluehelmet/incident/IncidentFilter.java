package org.bluehelmet.incident;

import java.time.LocalDate;
import java.util.Set;

import org.bluehelmet.geo.Area;
import org.bluehelmet.geo.BoundingBox;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;

/**
 * Which incidents of a mission a query is about; a {@code null} or empty criterion does
 * not filter.
 *
 * @param missionId the mission (required)
 * @param sector only this sector
 * @param bbox only inside this box
 * @param from only incidents that started on or after this day
 * @param to only incidents that started on or before this day
 * @param categories only these categories
 * @param targets only these targets
 * @param statuses only these triage statuses
 * @param source only this source
 * @param sort the order of lists (newest first when {@code null})
 * @param area only inside this polygon
 */
public record IncidentFilter(String missionId, String sector, BoundingBox bbox, LocalDate from, LocalDate to,
		Set<IncidentCategory> categories, Set<Target> targets, Set<TriageStatus> statuses, String source,
		IncidentSort sort, Area area) {

	public IncidentFilter {
		if (missionId == null || missionId.isBlank()) {
			throw new InvalidInputException("missionId", "a query needs a mission");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInputException("to",
					Phrase.of("problem.period", "to", to.toString(), "from", from.toString()));
		}
		categories = categories == null ? Set.of() : Set.copyOf(categories);
		targets = targets == null ? Set.of() : Set.copyOf(targets);
		statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
		sort = sort == null ? IncidentSort.NEWEST : sort;
	}

	/** Without a sort: every filter before this one was written so. */
	public IncidentFilter(String missionId, String sector, BoundingBox bbox, LocalDate from, LocalDate to,
			Set<IncidentCategory> categories, Set<Target> targets, Set<TriageStatus> statuses, String source) {
		this(missionId, sector, bbox, from, to, categories, targets, statuses, source, IncidentSort.NEWEST, null);
	}

	/** All incidents of a mission. */
	public static IncidentFilter of(String missionId) {
		return new IncidentFilter(missionId, null, null, null, null, null, null, null, null);
	}

	public IncidentFilter between(LocalDate start, LocalDate end) {
		return new IncidentFilter(missionId, sector, bbox, start, end, categories, targets, statuses, source, sort,
				area);
	}

	public IncidentFilter withSource(String only) {
		return new IncidentFilter(missionId, sector, bbox, from, to, categories, targets, statuses, only, sort, area);
	}

	public IncidentFilter inBox(BoundingBox box) {
		return new IncidentFilter(missionId, sector, box, from, to, categories, targets, statuses, source, sort, area);
	}

	public IncidentFilter withCategories(Set<IncidentCategory> only) {
		return new IncidentFilter(missionId, sector, bbox, from, to, only, targets, statuses, source, sort, area);
	}

}
