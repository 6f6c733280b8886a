package org.bluehelmet.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bluehelmet.audit.AuditLog;
import org.bluehelmet.geo.BoundingBox;
import org.bluehelmet.geo.PrioGrid;
import org.bluehelmet.mission.MissionService;
import org.bluehelmet.mission.SectorSummary;
import org.bluehelmet.system.ConflictException;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.system.NotFoundException;
import org.bluehelmet.text.Phrase;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions about a mission's incidents: lists, single incidents, counts by area and
 * month, the protection gap.
 */
@Service
@Transactional(readOnly = true)
public class IncidentService {

	private final IncidentStore store;

	private final IncidentBatchWriter writer;

	private final IncidentCountStore counts;

	private final TriageStore triageStore;

	private final MissionService missions;

	private final IncidentProperties properties;

	private final SuspectedDuplicates duplicates;

	private final IncidentCube cube;

	private final AuditLog audit;

	private final IncidentPlausibility plausibility;

	private final java.time.Clock clock = java.time.Clock.systemUTC();

	IncidentService(IncidentStore store, IncidentBatchWriter writer, IncidentCountStore counts, TriageStore triageStore,
			MissionService missions, IncidentProperties properties, SuspectedDuplicates duplicates, IncidentCube cube,
			AuditLog audit, IncidentPlausibility plausibility) {
		this.audit = audit;
		this.plausibility = plausibility;
		this.cube = cube;
		this.writer = writer;
		this.counts = counts;
		this.triageStore = triageStore;
		this.duplicates = duplicates;
		this.store = store;
		this.missions = missions;
		this.properties = properties;
	}

	/**
	 * Hands every incident matching a filter to {@code consumer}, newest first, streamed
	 * from the database (for whole-mission computations such as the early-warning panel).
	 */
	public void forEach(IncidentFilter filter, java.util.function.Consumer<Incident> consumer) {
		missions.mission(filter.missionId());
		store.stream(filter, consumer);
	}

	/** A page of the incidents matching a filter, newest first. */
	public IncidentPage search(IncidentFilter filter, int page, int size) {
		missions.mission(filter.missionId());
		if (page < 0) {
			throw new InvalidInputException("page", Phrase.of("problem.list.page"));
		}
		if (size < 1 || size > properties.maxPageSize()) {
			throw new InvalidInputException("size", Phrase.of("problem.list.size", "most", properties.maxPageSize()));
		}
		return store.search(filter, (long) page * size, size, countFromMemory(filter));
	}

	/**
	 * The number of incidents a filter selects, from the cell cube when it can answer
	 * (the filter names at most a period and categories), else {@code null}: counting in
	 * the database reads every matching row, the cube a few numbers per cell.
	 */
	private Long countFromMemory(IncidentFilter filter) {
		boolean cubeAnswers = filter.sector() == null && filter.bbox() == null && filter.area() == null
				&& empty(filter.targets()) && empty(filter.statuses()) && filter.source() == null;
		if (!cubeAnswers) {
			return null;
		}
		return cube.count(filter.missionId(), null, filter.from(), filter.to(), filter.categories())
			.stream()
			.mapToLong(CellCount::incidents)
			.sum();
	}

	private static boolean empty(java.util.Collection<?> values) {
		return values == null || values.isEmpty();
	}

	/**
	 * The incidents matching a filter from the {@code offset}-th (counting from 0),
	 * newest first, as OGC API paging asks for them.
	 */
	public IncidentPage searchFrom(IncidentFilter filter, long offset, int limit) {
		missions.mission(filter.missionId());
		if (offset < 0) {
			throw new InvalidInputException("offset", Phrase.of("problem.list.offset"));
		}
		if (limit < 1 || limit > properties.maxPageSize()) {
			throw new InvalidInputException("limit", Phrase.of("problem.list.size", "most", properties.maxPageSize()));
		}
		return store.search(filter, offset, limit, countFromMemory(filter));
	}

	/**
	 * A page of the list as a person sees it: with the incidents they have not read
	 * marked.
	 */
	public IncidentPage searchFor(String username, IncidentFilter filter, int page, int size) {
		IncidentPage found = search(filter, page, size);
		return found.withUnread(triageStore.unreadAmong(found.items().stream().map(Incident::id).toList(), username));
	}

	/**
	 * An incident as a person opens it: from then on it is read for them, until it
	 * changes.
	 */
	@Transactional
	public Incident open(String missionId, long id, String username) {
		Incident incident = incident(missionId, id);
		triageStore.markRead(id, username, incident.version());
		return incident;
	}

	public Incident incident(String missionId, long id) {
		missions.mission(missionId);
		return store.find(missionId, id).orElseThrow(() -> new NotFoundException("incident", id));
	}

	/** Incidents, killed and wounded per sector and month. */
	public List<AreaMonthCount> countsBySectorAndMonth(IncidentFilter filter) {
		missions.mission(filter.missionId());
		requireNoPolygon(filter);
		return counts.countsByAreaAndMonth(filter, "sector");
	}

	/**
	 * Incidents, killed and wounded per PRIO-GRID cell and month; the area is the cell's
	 * gid.
	 */
	public List<AreaMonthCount> countsByCellAndMonth(IncidentFilter filter) {
		missions.mission(filter.missionId());
		requireNoPolygon(filter);
		return counts.countsByAreaAndMonth(filter, "gid");
	}

	/**
	 * Incidents, killed and wounded per category and month; the area is the category's
	 * name.
	 */
	public List<AreaMonthCount> countsByCategoryAndMonth(IncidentFilter filter) {
		missions.mission(filter.missionId());
		requireNoPolygon(filter);
		return counts.countsByAreaAndMonth(filter, "category");
	}

	/**
	 * Per sector, in the mission's sector order: the attacks on civilians that started
	 * between {@code from} and {@code to} (inclusive) and their share of all sectors'
	 * attacks, beside the troops and troop share of the deployment map in force in
	 * {@code at}.
	 */
	public List<ProtectionGap> protectionGap(String missionId, LocalDate from, LocalDate to, YearMonth at) {
		if (from == null || to == null) {
			throw new InvalidInputException(from == null ? "from" : "to", Phrase.of("problem.gap.period"));
		}
		List<SectorSummary> troops = missions.sectorSummary(missionId, at);
		// From the cell cube, each cell's attacks added to its sector: the same numbers
		// as grouping the database's rows by sector (tests compare them), at a fraction
		// of the cost.
		Map<Integer, String> sectorOfCell = missions.sectorCells(missionId);
		Map<String, Long> attacksBySector = new HashMap<>();
		for (CellCount cell : cube.count(missionId, null, from, to, Set.of(IncidentCategory.ATTACK_ON_CIVILIANS))) {
			String sector = sectorOfCell.get(cell.gid());
			if (sector != null) {
				attacksBySector.merge(sector, cell.incidents(), Long::sum);
			}
		}
		long total = attacksBySector.values().stream().mapToLong(Long::longValue).sum();
		List<ProtectionGap> gaps = new ArrayList<>();
		for (SectorSummary sector : troops) {
			long count = attacksBySector.getOrDefault(sector.sector(), 0L);
			gaps.add(new ProtectionGap(sector.sector(), count, total == 0 ? 0 : (double) count / total, sector.troops(),
					sector.troopShare()));
		}
		return gaps;
	}

	/**
	 * Logs one incident reported by a person or a system; its cell and sector come from
	 * its position. A report of another source that looks like the same incident is
	 * flagged for triage.
	 * @throws ConflictException when the source's id is already stored
	 */
	@Transactional
	public Incident create(String missionId, NewIncident report, String user) {
		return create(missionId, report, user, false);
	}

	/**
	 * Logs one incident, as {@link #create(String, NewIncident, String)}: an impossible
	 * one is refused ({@link IncidentPlausibility}); an unlikely one is logged only when
	 * {@code confirmed}, else refused with what to confirm.
	 */
	@Transactional
	public Incident create(String missionId, NewIncident report, String user, boolean confirmed) {
		missions.mission(missionId);
		plausibility.check(missionId, report);
		if (!confirmed) {
			List<org.bluehelmet.system.NeedsConfirmationException> doubts = plausibility.doubts(missionId, report);
			if (!doubts.isEmpty()) {
				throw doubts.get(0);
			}
		}
		if (store.exists(missionId, report.source(), report.sourceId())) {
			throw new ConflictException(report.source() + " " + report.sourceId() + " is already stored");
		}
		int gid = PrioGrid.gidOf(report.position());
		String sector = missions.sectorOf(missionId, gid).orElse(null);
		long id = writer.insert(new IncidentBatchWriter.Placed(report, gid, sector),
				new IncidentBatchWriter.Provenance(missionId, user, Instant.now(), null));
		duplicates.flagIncident(missionId, report.source(), id);
		cube.changed(missionId);
		Incident created = incident(missionId, id);
		audit.record(user, missionId, "incident.create", "incident", id, null, created);
		return created;
	}

	/**
	 * Incidents and deaths per PRIO-GRID cell in the cells a box covers (every cell when
	 * {@code null}) and a period, for a map layer; answered from memory (see
	 * {@link IncidentCube}).
	 */
	public List<CellCount> cellCounts(String missionId, BoundingBox box, LocalDate from, LocalDate to,
			Set<IncidentCategory> categories) {
		missions.mission(missionId);
		return cube.count(missionId, box, from, to, categories == null ? Set.of() : categories);
	}

	/**
	 * The same as {@link #cellCounts}, computed by the database with GROUP BY: slower,
	 * for comparison.
	 */
	public List<CellCount> cellCountsFromDatabase(String missionId, BoundingBox box, LocalDate from, LocalDate to,
			Set<IncidentCategory> categories) {
		missions.mission(missionId);
		IncidentFilter filter = IncidentFilter.of(missionId).between(from, to).withCategories(categories);
		return counts.cellCounts(filter, box == null ? null : PrioGrid.cellsCovering(box));
	}

	/**
	 * The first and last day on which a mission's incidents started; empty when it has
	 * none.
	 */
	public Optional<LocalDate[]> period(String missionId) {
		missions.mission(missionId);
		return counts.period(missionId);
	}

	/**
	 * The last complete month the mission's data cover, where forecasts and indicators
	 * start by default: the latest month an imported file reaches, or the month before
	 * this one when the mission's own log began before it. One incident logged today does
	 * not move it (the log's current month is not complete), nor does an incident dated
	 * by mistake years ahead of the rest. Empty when the mission has no incidents.
	 */
	public Optional<YearMonth> coveredUntil(String missionId) {
		missions.mission(missionId);
		YearMonth lastComplete = YearMonth.now(clock).minusMonths(1);
		YearMonth covered = null;
		for (LocalDate[] span : counts.coverage(missionId)) {
			YearMonth end = span[1] == null ? (YearMonth.from(span[0]).isAfter(lastComplete) ? null : lastComplete)
					: YearMonth.from(span[1]);
			if (end != null && end.isAfter(lastComplete)) {
				end = lastComplete;
			}
			if (end != null && (covered == null || end.isAfter(covered))) {
				covered = end;
			}
		}
		return Optional.ofNullable(covered);
	}

	private static void requireNoPolygon(IncidentFilter filter) {
		if (filter.area() != null) {
			throw new InvalidInputException("polygon", Phrase.of("problem.list.polygonCounts"));
		}
	}

	public long count(String missionId) {
		return store.count(missions.mission(missionId).id());
	}

	/**
	 * A fingerprint of the mission's incidents that changes whenever one is added,
	 * changed or removed (not their count: a category corrected in triage keeps the
	 * count).
	 */
	public long state(String missionId) {
		return store.state(missions.mission(missionId).id());
	}

	/**
	 * Incidents logged in Blue Helmet (not imported) in a period, with when each was
	 * first verified: how fast reports are checked.
	 */
	public List<Verification> verifications(String missionId, java.time.Instant from, java.time.Instant to) {
		return triageStore.verifications(missions.mission(missionId).id(), from, to);
	}

}
