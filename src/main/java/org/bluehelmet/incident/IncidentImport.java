package org.bluehelmet.incident;

import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;

import org.bluehelmet.audit.AuditLog;
import org.bluehelmet.geo.CsvRecords;
import org.bluehelmet.geo.PrioGrid;
import org.bluehelmet.system.RowProblem;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.geo.ReadAhead;
import org.bluehelmet.mission.MissionService;
import org.bluehelmet.text.Phrase;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a file of incidents into a mission: reader → validation → store, all or nothing
 * per file, streaming (constant memory whatever the file's size), idempotent (a row whose
 * source id is stored already, or repeated in the file, is skipped), every bad row
 * reported with its line. With {@code skipBadRows} the good rows are stored and the bad
 * ones only reported. After storing, reports of another source on the same day, of the
 * same category and within {@link IncidentProperties#duplicateRadiusKm()} are flagged as
 * suspected duplicates for triage.
 * <p>
 * Each import is recorded (who, when, what file, counts) in a transaction of its own, so
 * that a rejected file leaves a trace but no incident.
 */
@Service
public class IncidentImport {

	/** Rows stored by one import above which the database's statistics are renewed. */
	static final int ANALYZE_AFTER = 1_000;

	/** How often progress is reported, in rows. */
	static final int PROGRESS_EVERY = 10_000;

	private final IncidentStore store;

	private final IncidentBatchWriter writer;

	private final MissionService missions;

	private final IncidentProperties properties;

	private final TransactionTemplate transactions;

	private final SuspectedDuplicates duplicates;

	private final IncidentCube cube;

	private final Clock clock;

	private final AuditLog audit;

	private final IncidentPlausibility plausibility;

	private final ImportRecovery recovery;

	IncidentImport(IncidentStore store, IncidentBatchWriter writer, MissionService missions,
			IncidentProperties properties, PlatformTransactionManager transactionManager,
			SuspectedDuplicates duplicates, IncidentCube cube, AuditLog audit, IncidentPlausibility plausibility,
			ImportRecovery recovery) {
		this.audit = audit;
		this.recovery = recovery;
		this.plausibility = plausibility;
		this.cube = cube;
		this.writer = writer;
		this.duplicates = duplicates;
		this.store = store;
		this.missions = missions;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = Clock.systemUTC();
	}

	/**
	 * Imports one file.
	 * @param missionId the mission the incidents belong to
	 * @param source the file's text
	 * @param fileName its name, for messages and the import record
	 * @param format its layout
	 * @param skipBadRows store the good rows even when some are bad
	 * @param user who imports
	 * @param progress told the number of rows read so far, every {@value #PROGRESS_EVERY}
	 * rows
	 * @return what was done
	 */
	public ImportReport importFile(String missionId, Reader source, String fileName, IncidentFormat format,
			boolean skipBadRows, String user, LongConsumer progress) {
		missions.mission(missionId);
		Map<Integer, String> sectorOfCell = missions.sectorCells(missionId);
		java.io.BufferedReader buffered = source instanceof java.io.BufferedReader already ? already
				: new java.io.BufferedReader(source, HEADER_LIMIT * 2);
		Instant startedAt = clock.instant();
		long importId = transactions
			.execute(tx -> store.createImport(missionId, fileName, format.name(), user, startedAt));
		IncidentBatchWriter.Provenance provenance = new IncidentBatchWriter.Provenance(missionId, user, startedAt,
				importId);
		// The rows and the import's STORED status commit together: an incident is visible
		// only once its import says STORED, so a visible incident of an import in any
		// other state can only be a crash's leftover (see ImportRecovery).
		ImportReport report = transactions.execute(tx -> {
			recovery.holdWhileImporting(importId);
			long idsAbove = store.highestId();
			Batch batch = new Batch(writer.open(provenance), sectorOfCell, progress);
			RowProblem layout = wrongLayout(format, buffered);
			CsvRecords.Outcome outcome;
			try {
				outcome = layout != null ? new CsvRecords.Outcome(0, 0, List.of(layout), true)
						: withImplausible(read(format, buffered, batch), batch);
				if (layout == null && (!outcome.hasProblems() || skipBadRows)) {
					batch.flush();
					batch.stream.pause();
				}
			}
			finally {
				// Whatever failed or was refused: an open COPY is dropped, so that the
				// transaction can roll back (nothing when it was ended above).
				batch.stream.cancel();
			}
			if (layout != null) {
				tx.setRollbackOnly();
				return new ImportReport(importId, fileName, ImportReport.Status.REJECTED, 0, 0, 0, 0, 0, 0,
						outcome.problems());
			}
			if (outcome.hasProblems() && !skipBadRows) {
				tx.setRollbackOnly();
				return new ImportReport(importId, fileName, ImportReport.Status.REJECTED, outcome.rows(), 0,
						batch.skipped, outcome.badRows(), batch.stored, 0, outcome.problems());
			}
			long suspected = duplicates.flagImport(missionId, batch.knownIds.keySet(), importId, idsAbove);
			ImportReport stored = new ImportReport(importId, fileName, ImportReport.Status.STORED, outcome.rows(),
					batch.stored, batch.skipped, outcome.badRows(), 0, suspected, outcome.problems());
			finish(missionId, user, fileName, format, stored);
			return stored;
		});
		if (report.status() == ImportReport.Status.REJECTED) {
			transactions.executeWithoutResult(tx -> finish(missionId, user, fileName, format, report));
		}
		if (report.stored() > 0) {
			cube.changed(missionId);
		}
		if (report.stored() >= ANALYZE_AFTER) {
			writer.afterBulkLoad();
		}
		return report;
	}

	private void finish(String missionId, String user, String fileName, IncidentFormat format, ImportReport report) {
		store.finishImport(report.importId(), report, clock.instant());
		audit.record(user, missionId, "incident.import", "incident_import", report.importId(), null,
				Map.of("file", fileName, "format", format.name(), "status", report.status().name(), "rowsRead",
						report.rowsRead(), "stored", report.stored(), "skipped", report.skipped(), "rejected",
						report.rejected(), "withheld", report.withheld()));
	}

	/**
	 * The reader's outcome with the rows it read well but that cannot be true (outside
	 * the area, in the future …) counted among the bad rows and described, every reason,
	 * in line order.
	 */
	private static CsvRecords.Outcome withImplausible(CsvRecords.Outcome outcome, Batch batch) {
		if (batch.implausibleRows == 0) {
			return outcome;
		}
		List<RowProblem> problems = new ArrayList<>(outcome.problems());
		problems.addAll(batch.implausible);
		problems.sort(java.util.Comparator.comparingLong(RowProblem::line));
		return new CsvRecords.Outcome(outcome.rows(), outcome.badRows() + batch.implausibleRows,
				problems.subList(0, Math.min(problems.size(), CsvRecords.MAX_DESCRIBED_PROBLEMS)),
				outcome.unreadable());
	}

	/** The most a CSV header may take before the rows begin, read ahead to check it. */
	private static final int HEADER_LIMIT = 1 << 16;

	/**
	 * Whether the file's header is the chosen layout's; if not, the one problem to
	 * report: the layout the header looks like, or the columns it lacks.
	 */
	private static RowProblem wrongLayout(IncidentFormat format, java.io.BufferedReader source) {
		if (format.columns().isEmpty()) {
			return null;
		}
		List<String> header;
		try {
			source.mark(HEADER_LIMIT);
			char[] start = new char[HEADER_LIMIT];
			int read = source.read(start, 0, HEADER_LIMIT);
			source.reset();
			String text = read <= 0 ? "" : new String(start, 0, read);
			int end = text.indexOf('\n');
			String first = (end < 0 ? text : text.substring(0, end)).replace("\r", "").replace("\uFEFF", "");
			header = java.util.Arrays.stream(first.split(",", -1))
				.map(name -> name.strip().replace("\"", "").toLowerCase(java.util.Locale.ROOT))
				.toList();
		}
		catch (java.io.IOException ex) {
			// Text that is not UTF-8: the reader of the rows says where, as for any file.
			try {
				source.reset();
			}
			catch (java.io.IOException unused) {
				// Nothing was read past the mark that matters: the rows' reader reports.
			}
			return null;
		}
		List<String> missing = format.missingFrom(header);
		if (missing.isEmpty()) {
			return null;
		}
		Phrase looksLike = java.util.Arrays.stream(IncidentFormat.values())
			.filter(other -> other != format && !other.columns().isEmpty() && other.missingFrom(header).isEmpty())
			.map(other -> Phrase.of("row.layout.other", "other", other.title(), "choice", other.name()))
			.findFirst()
			.orElse(Phrase.of("row.layout.lacks", "columns", Phrase.verbatim(String.join(", ", missing))));
		return new RowProblem(1, "format", Phrase.of("row.layout", "format", format.title(), "looksLike", looksLike));
	}

	private CsvRecords.Outcome read(IncidentFormat format, Reader source, Batch batch) {
		Function<CsvRecords.RowSink<NewIncident>, CsvRecords.Outcome> reader = switch (format) {
			case UCDP -> sink -> UcdpGedCsvReader.read(source, sink);
			case ACLED -> sink -> AcledCsvReader.read(source, sink);
			case NATIVE -> sink -> NativeCsvReader.read(source, sink);
			case GEOJSON -> sink -> NativeGeoJsonReader.read(source, sink);
		};
		// Parse on a second thread while this one writes: both cores work.
		return ReadAhead.run(reader, batch::add, properties.importBatchSize(), 4);
	}

	/**
	 * Gathers good rows into JDBC batches, skipping source ids already stored or seen.
	 */
	private final class Batch {

		private final IncidentBatchWriter.ImportStream stream;

		private final Map<Integer, String> sectorOfCell;

		private final LongConsumer progress;

		private final Map<String, Set<String>> knownIds = new HashMap<>();

		private final List<IncidentBatchWriter.Placed> pending = new ArrayList<>();

		/** Why rows read well cannot be true: every reason of each. */
		private final List<RowProblem> implausible = new ArrayList<>();

		/** How many rows read well cannot be true. */
		private long implausibleRows;

		private long stored;

		private long skipped;

		private long seen;

		private final String missionId;

		private final String missionName;

		Batch(IncidentBatchWriter.ImportStream stream, Map<Integer, String> sectorOfCell, LongConsumer progress) {
			this.stream = stream;
			this.missionId = stream.provenance().missionId();
			// Read once: while the stream's COPY is open the transaction runs nothing
			// else.
			this.missionName = missions.mission(missionId).name();
			this.sectorOfCell = sectorOfCell;
			this.progress = progress;
		}

		void add(NewIncident report, long line) {
			if (++seen % PROGRESS_EVERY == 0) {
				progress.accept(seen);
			}
			List<InvalidInputException> impossible = plausibility.impossibilities(sectorOfCell, missionName, report);
			if (!impossible.isEmpty()) {
				implausibleRows++;
				impossible.forEach(why -> implausible.add(new RowProblem(line, why.field(),
						why.phrase().orElseGet(() -> Phrase.verbatim(why.getMessage())))));
				return;
			}
			Set<String> ids = knownIds.get(report.source());
			if (ids == null) {
				// A source not met yet in this file (a file has one or a few): its stored
				// ids are read with the COPY paused.
				stream.pause();
				ids = new HashSet<>(store.sourceIds(missionId, report.source()));
				knownIds.put(report.source(), ids);
			}
			if (!ids.add(report.sourceId())) {
				skipped++;
				return;
			}
			int gid = PrioGrid.gidOf(report.position());
			pending.add(new IncidentBatchWriter.Placed(report, gid, sectorOfCell.get(gid)));
			stored++;
			if (pending.size() >= properties.importBatchSize()) {
				flush();
			}
		}

		void flush() {
			if (!pending.isEmpty()) {
				stream.write(pending);
			}
			pending.clear();
		}

	}

}
