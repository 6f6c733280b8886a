package org.bluehelmet.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bluehelmet.geo.PrioGrid;
import org.bluehelmet.mission.Mission;
import org.bluehelmet.mission.MissionService;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;
import org.bluehelmet.system.NeedsConfirmationException;
import org.springframework.stereotype.Component;

/**
 * Whether a reported incident can be true: where, when and how many. What cannot be is
 * refused (a point outside the mission's area, a day in the future or before 1946, more
 * casualties than {@code bluehelmet.incident.max-casualties}); what is unlikely enough to
 * be a typing error needs the reporter's confirmation (a day before the mission's data
 * begin, more casualties than {@code bluehelmet.incident.casualties-to-confirm}). Imports
 * apply the refusals to each row.
 */
@Component
class IncidentPlausibility {

	/** No incident of a UN peace operation's area is older than the UN's first years. */
	static final LocalDate EARLIEST = LocalDate.of(1946, 1, 1);

	private final MissionService missions;

	private final IncidentCountStore counts;

	private final IncidentProperties properties;

	private final Clock clock = Clock.systemUTC();

	IncidentPlausibility(MissionService missions, IncidentCountStore counts, IncidentProperties properties) {
		this.missions = missions;
		this.counts = counts;
		this.properties = properties;
	}

	/** Every reason the incident cannot be true; none when it can. */
	List<InvalidInputException> impossibilities(String missionId, NewIncident report) {
		return impossibilities(missions.sectorCells(missionId), missions.mission(missionId).name(), report);
	}

	/**
	 * Every reason the incident cannot be true in the mission of these cells and name,
	 * read once by an import: nothing is read from the database.
	 */
	List<InvalidInputException> impossibilities(Map<Integer, String> sectorCells, String missionName,
			NewIncident report) {
		List<InvalidInputException> reasons = new ArrayList<>();
		int gid = PrioGrid.gidOf(report.position());
		if (!sectorCells.containsKey(gid)) {
			reasons.add(new InvalidInputException("position",
					Phrase.of("problem.incident.outside", "lat", String.valueOf(report.position().lat()), "lon",
							String.valueOf(report.position().lon()), "mission", missionName)));
		}
		// A day ahead of UTC is still today somewhere in a mission's area.
		LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
		if (report.occurredOn().isAfter(tomorrow)) {
			reasons.add(new InvalidInputException("occurredOn",
					Phrase.of("problem.incident.future", "day", report.occurredOn().toString())));
		}
		if (report.occurredOn().isBefore(EARLIEST)) {
			reasons.add(new InvalidInputException("occurredOn", Phrase.of("problem.incident.tooEarly", "day",
					report.occurredOn().toString(), "year", String.valueOf(EARLIEST.getYear()))));
		}
		int highest = highestCount(report.casualties());
		if (highest > properties.maxCasualties()) {
			reasons.add(new InvalidInputException("casualties", Phrase.of("problem.incident.tooManyCasualties", "count",
					highest, "most", properties.maxCasualties())));
		}
		return reasons;
	}

	/**
	 * Refuses an impossible incident, with every reason in the message (the field named
	 * is the first's).
	 */
	void check(String missionId, NewIncident report) {
		List<InvalidInputException> reasons = impossibilities(missionId, report);
		if (!reasons.isEmpty()) {
			// Every reason, in the reader's language, as one list.
			throw new InvalidInputException(reasons.get(0).field(),
					reasons.stream()
						.map(reason -> reason.phrase().orElseThrow())
						.reduce((a, b) -> Phrase.of("list.join", "a", a, "b", b))
						.orElseThrow());
		}
	}

	/**
	 * What the reporter must confirm before the incident is logged, in words, with the
	 * field each is about.
	 */
	List<NeedsConfirmationException> doubts(String missionId, NewIncident report) {
		List<NeedsConfirmationException> doubts = new ArrayList<>();
		LocalDate dataBegin = dataBegin(missionId);
		if (report.occurredOn().isBefore(dataBegin)) {
			doubts.add(new NeedsConfirmationException("occurredOn", Phrase.of("problem.incident.beforeData", "day",
					report.occurredOn().toString(), "begin", dataBegin.toString())));
		}
		int highest = highestCount(report.casualties());
		if (highest > properties.casualtiesToConfirm()) {
			doubts.add(new NeedsConfirmationException("casualties", Phrase.of("problem.incident.manyCasualties",
					"count", highest, "most", properties.casualtiesToConfirm())));
		}
		return doubts;
	}

	/**
	 * The first day of the mission's data: its first stored incident, or its mandate's
	 * start when that is earlier or there is none.
	 */
	private LocalDate dataBegin(String missionId) {
		Mission mission = missions.mission(missionId);
		LocalDate start = mission.mandateStart();
		return counts.period(missionId)
			.map(period -> period[0])
			.filter(first -> start == null || first.isBefore(start))
			.orElse(start == null ? EARLIEST : start);
	}

	private static int highestCount(Casualties casualties) {
		int highest = 0;
		for (Integer count : new Integer[] { casualties.killedPeacekeepers(), casualties.killedCivilians(),
				casualties.killedOthers(), casualties.woundedPeacekeepers(), casualties.woundedCivilians(),
				casualties.woundedOthers() }) {
			if (count != null) {
				highest = Math.max(highest, count);
			}
		}
		return highest;
	}

}
