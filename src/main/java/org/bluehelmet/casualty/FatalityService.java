package org.bluehelmet.casualty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.bluehelmet.audit.AuditLog;
import org.bluehelmet.geo.CsvRecords;
import org.bluehelmet.mission.Mission;
import org.bluehelmet.mission.MissionService;
import org.bluehelmet.system.RejectedFileException;
import org.bluehelmet.system.RowProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mission's peacekeeper fatalities: imported from the UN's record (the whole record,
 * every mission, of which the mission's own rows are kept, each once), counted per month
 * for the safety indicators and per year for the page.
 */
@Service
public class FatalityService {

	private final FatalityStore store;

	private final MissionService missions;

	private final AuditLog audit;

	FatalityService(FatalityStore store, MissionService missions, AuditLog audit) {
		this.store = store;
		this.missions = missions;
		this.audit = audit;
	}

	/**
	 * Imports the mission's rows of a file in the UN's layout, all or nothing: a file
	 * with a bad row, or not in that layout, stores nothing and names every problem.
	 * @throws RejectedFileException listing the problems
	 */
	@Transactional
	public FatalityImport importFile(String missionId, Reader source, String fileName, String actor) {
		Mission mission = missions.mission(missionId);
		BufferedReader buffered = source instanceof BufferedReader already ? already
				: new BufferedReader(source, HEADER_LIMIT * 2);
		checkLayout(buffered, fileName);
		List<PeacekeeperFatality> rows = new ArrayList<>();
		CsvRecords.Outcome outcome = FatalitiesCsvReader.read(buffered, (row, line) -> rows.add(row));
		if (outcome.hasProblems()) {
			throw new RejectedFileException(fileName, outcome.problems());
		}
		Set<String> known = store.ids(mission.id());
		long stored = 0;
		long skipped = 0;
		long others = 0;
		for (PeacekeeperFatality row : rows) {
			if (!isOf(mission, row)) {
				others++;
			}
			else if (!known.add(row.casualtyId())) {
				skipped++;
			}
			else {
				store.insert(mission.id(), row);
				stored++;
			}
		}
		FatalityImport report = new FatalityImport(fileName, rows.size(), stored, skipped, others);
		audit.record(actor, mission.id(), "fatality.import", "mission", mission.id(), null, report);
		return report;
	}

	/** Whether a row is the mission's: its acronym is the mission's name (or id). */
	private static boolean isOf(Mission mission, PeacekeeperFatality row) {
		return row.mission().strip().equalsIgnoreCase(mission.name())
				|| row.mission().strip().equalsIgnoreCase(mission.id());
	}

	/** The most a header row may take: read ahead, then the reading starts over. */
	private static final int HEADER_LIMIT = 1 << 16;

	private static void checkLayout(BufferedReader source, String fileName) {
		try {
			source.mark(HEADER_LIMIT);
			char[] start = new char[HEADER_LIMIT];
			int read = Math.max(0, source.read(start, 0, HEADER_LIMIT));
			source.reset();
			String text = new String(start, 0, read);
			int end = text.indexOf('\n');
			if (end < 0 && read == HEADER_LIMIT) {
				throw new RejectedFileException(fileName, List
					.of(new RowProblem(1, null, "the header row is longer than 64 KB: this is no CSV of fatalities")));
			}
			String first = (end < 0 ? text : text.substring(0, end)).replace("\r", "").replace("\uFEFF", "");
			List<String> header = java.util.Arrays.stream(first.split(",", -1))
				.map(name -> name.strip().replace("\"", "").toLowerCase(Locale.ROOT))
				.toList();
			List<String> missing = FatalitiesCsvReader.missingFrom(header);
			if (!missing.isEmpty()) {
				throw new RejectedFileException(fileName, List.of(new RowProblem(1, null,
						"this file is not in the layout of the UN's record of peacekeeping fatalities; its header lacks "
								+ String.join(", ", missing))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The mission's deaths per year, by cause, from its first recorded year to its last.
	 */
	@Transactional(readOnly = true)
	public List<FatalityYear> byYear(String missionId) {
		TreeMap<Integer, int[]> years = new TreeMap<>();
		for (PeacekeeperFatality row : store.all(missions.mission(missionId).id())) {
			int[] counts = years.computeIfAbsent(row.day().getYear(), year -> new int[4]);
			counts[cause(row)]++;
		}
		List<FatalityYear> list = new ArrayList<>();
		if (years.isEmpty()) {
			return list;
		}
		for (int year = years.firstKey(); year <= years.lastKey(); year++) {
			int[] counts = years.getOrDefault(year, new int[4]);
			list.add(new FatalityYear(year, counts[0], counts[1], counts[2], counts[3]));
		}
		return list;
	}

	private static int cause(PeacekeeperFatality row) {
		String type = row.incidentType() == null ? "" : row.incidentType().toLowerCase(Locale.ROOT);
		return row.malicious() ? 0 : type.equals("accident") ? 1 : type.equals("illness") ? 2 : 3;
	}

	/**
	 * Peacekeepers of the mission killed by malicious acts in the month; empty where the
	 * record says nothing: no record imported, a month before the mission began or after
	 * the record's last update.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> killedByMaliciousActs(String missionId, YearMonth month) {
		return inMonth(missionId, month).map(counts -> counts[1]);
	}

	/**
	 * The mission's deaths in the month, all causes and malicious acts; empty where the
	 * record says nothing (as above).
	 */
	@Transactional(readOnly = true)
	public Optional<long[]> inMonth(String missionId, YearMonth month) {
		Mission mission = missions.mission(missionId);
		Optional<LocalDate> until = store.coveredUntil(mission.id());
		if (until.isEmpty() || month.isAfter(YearMonth.from(until.get()))
				|| (mission.mandateStart() != null && month.isBefore(YearMonth.from(mission.mandateStart())))) {
			return Optional.empty();
		}
		return Optional.of(store.count(mission.id(), month.atDay(1), month.atEndOfMonth()));
	}

	/** The mission's rows, for an exported pack. */
	@Transactional(readOnly = true)
	public List<PeacekeeperFatality> all(String missionId) {
		return store.all(missions.mission(missionId).id());
	}

}
