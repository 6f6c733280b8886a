package org.bluehelmet.incident;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.bluehelmet.system.DatabaseKind;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes new incidents: one at a time, or in batches during imports (on PostgreSQL
 * through {@code COPY FROM STDIN}). Part of the incident feature's storage with
 * {@link IncidentStore}.
 */
@Repository
class IncidentBatchWriter {

	private static final Logger log = LoggerFactory.getLogger(IncidentBatchWriter.class);

	private static final String INSERT = "INSERT INTO incident (" + IncidentSql.COLUMNS + ") VALUES ("
			+ "?, ".repeat(30) + "0, ?, ?, ?, ?)";

	private static final String COPY = "COPY incident (" + IncidentSql.COLUMNS.replace(", version", "")
			+ ") FROM STDIN WITH (FORMAT csv)";

	private final JdbcTemplate template;

	private final DatabaseKind database;

	IncidentBatchWriter(JdbcTemplate template, DatabaseKind database) {
		this.database = database;
		this.template = template;
	}

	/** A report placed on the grid and in a sector, ready to store. */
	record Placed(NewIncident report, int gid, String sector) {
	}

	/** Who stores incidents, when, and through which import (or {@code null}). */
	record Provenance(String missionId, String createdBy, Instant createdAt, Long importId) {
	}

	/**
	 * After an import stored many rows: PostgreSQL's statistics of the incident table are
	 * gathered again at once, as its manual advises after a bulk load ("Populating a
	 * Database", Run ANALYZE Afterwards), rather than whenever autovacuum gets to it
	 * (never, where it is off). Gathering them also makes every server's connections plan
	 * their prepared statements again: a plan chosen while the table held the demo's
	 * 3,000 rows, a sequential scan, had each incident's lookup take 17 ms once an import
	 * had added 50,000 (BENCHMARKS.md). Outside any transaction; H2 keeps its own up to
	 * date.
	 */
	void afterBulkLoad() {
		if (!database.isPostgres()) {
			return;
		}
		try {
			template.execute("ANALYZE incident");
		}
		catch (DataAccessException ex) {
			// The import is stored: statistics a little old only slow reads until
			// autovacuum renews them.
			log.warn("Could not renew the incident table's statistics after an import: {}", ex.getMessage());
		}
	}

	/**
	 * Opens a stream of incidents into the caller's transaction, for an import: on
	 * PostgreSQL one {@code COPY FROM STDIN} that stays open between batches, so that the
	 * server stores a batch while this thread formats the next (a {@code COPY} per batch
	 * waited for each); elsewhere JDBC batches.
	 */
	ImportStream open(Provenance provenance) {
		return new ImportStream(provenance);
	}

	/**
	 * Incidents written as they come, in the transaction that opened it. While a
	 * {@code COPY} is open its connection runs nothing else: {@link #pause()} ends it
	 * before any other statement of the transaction, the next batch opens another.
	 */
	final class ImportStream {

		private final Provenance provenance;

		private final String at;

		private CopyIn copy;

		/**
		 * One row's text, then the rows' bytes on their way to {@code COPY}, both reused:
		 * a batch's text made at once (700 KB for UCDP's rows) was a "humongous" object
		 * for the G1 collector, and one every 25 ms kept it collecting and marking, a
		 * third of a core taken from PostgreSQL.
		 */
		private final StringBuilder line = new StringBuilder(1024);

		private final byte[] buffer = new byte[COPY_BUFFER];

		private int buffered;

		private ImportStream(Provenance provenance) {
			this.provenance = provenance;
			this.at = OffsetDateTime.ofInstant(provenance.createdAt(), ZoneOffset.UTC).toString();
		}

		Provenance provenance() {
			return provenance;
		}

		void write(List<Placed> incidents) {
			if (!database.isPostgres()) {
				template.batchUpdate(INSERT, incidents, incidents.size(),
						(statement, placed) -> bind(statement, placed, provenance));
				return;
			}
			try {
				if (copy == null) {
					copy = template.execute((ConnectionCallback<CopyIn>) connection -> new CopyManager(
							connection.unwrap(BaseConnection.class))
						.copyIn(COPY));
				}
				for (Placed placed : incidents) {
					line.setLength(0);
					appendRow(line, copyRow(placed, provenance, at));
					byte[] row = line.toString().getBytes(StandardCharsets.UTF_8);
					if (buffered + row.length > buffer.length) {
						send();
					}
					if (row.length > buffer.length) {
						copy.writeToCopy(row, 0, row.length);
					}
					else {
						System.arraycopy(row, 0, buffer, buffered, row.length);
						buffered += row.length;
					}
				}
				send();
			}
			catch (SQLException ex) {
				throw translated(ex);
			}
		}

		private void send() throws SQLException {
			if (buffered > 0) {
				copy.writeToCopy(buffer, 0, buffered);
				buffered = 0;
			}
		}

		/** Ends the open {@code COPY}, if any: every row written is then in the table. */
		void pause() {
			if (copy != null) {
				CopyIn ending = copy;
				copy = null;
				try {
					ending.endCopy();
				}
				catch (SQLException ex) {
					throw translated(ex);
				}
			}
		}

		/**
		 * Drops an open {@code COPY} without storing it, so that the transaction can roll
		 * back (the connection refuses a rollback in the middle of one).
		 */
		void cancel() {
			if (copy != null) {
				CopyIn cancelled = copy;
				copy = null;
				try {
					cancelled.cancelCopy();
				}
				catch (SQLException ex) {
					// The transaction rolls back whatever the server had taken.
				}
			}
		}

		private RuntimeException translated(SQLException ex) {
			RuntimeException translated = template.getExceptionTranslator().translate("COPY incident", COPY, ex);
			return translated != null ? translated : new UncategorizedSQLException("COPY incident", COPY, ex);
		}

	}

	/** Bytes sent to {@code COPY} at a time: well under the smallest G1 region's half. */
	private static final int COPY_BUFFER = 128 * 1024;

	/**
	 * A row as {@code COPY}'s CSV: every text quoted, its quotes doubled; a missing value
	 * written as nothing, which {@code COPY} reads as NULL (a quoted empty text stays
	 * empty). Written by hand because this is the import's busiest loop: commons-csv's
	 * printer, which checks each value's type and characters, took 9 µs a row, as long as
	 * PostgreSQL took to store it.
	 */
	private static void appendRow(StringBuilder csv, List<Object> row) {
		for (int i = 0; i < row.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			appendValue(csv, row.get(i));
		}
		csv.append('\n');
	}

	private static void appendValue(StringBuilder csv, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof Number) {
			csv.append(value);
			return;
		}
		String text = value.toString();
		csv.append('"');
		if (text.indexOf('"') < 0) {
			csv.append(text);
		}
		else {
			csv.append(text.replace("\"", "\"\""));
		}
		csv.append('"');
	}

	/**
	 * The values of {@link #COPY}'s columns; {@code null} is written unquoted, which COPY
	 * reads as NULL.
	 */
	private static List<Object> copyRow(Placed placed, Provenance provenance, String at) {
		NewIncident r = placed.report();
		Casualties c = r.casualties();
		PersonalData p = r.personal();
		return Arrays.asList(provenance.missionId(), r.source(), r.sourceId(), r.occurredOn(), r.occurredUntil(),
				r.occurredTime(), r.timePrecision().name(), r.position().lon(), r.position().lat(),
				r.positionPrecision().name(), placed.gid(), placed.sector(), r.locationName(), r.category().name(),
				r.target().name(), r.perpetrator(), r.otherSide(), c.killedPeacekeepers(), c.killedCivilians(),
				c.killedOthers(), c.woundedPeacekeepers(), c.woundedCivilians(), c.woundedOthers(), r.description(),
				TriageStatus.REPORTED.name(), Priority.MEDIUM.name(), provenance.importId(), provenance.createdBy(), at,
				at, p == null ? null : p.victims(), p == null ? null : p.witnesses(), p == null ? null : p.informants(),
				p == null ? null : p.restrictedNotes());
	}

	long insert(Placed incident, Provenance provenance) {
		KeyHolder key = new GeneratedKeyHolder();
		template.update(connection -> {
			PreparedStatement statement = connection.prepareStatement(INSERT, new String[] { "id" });
			bind(statement, incident, provenance);
			return statement;
		}, key);
		return key.getKey().longValue();
	}

	private static void bind(PreparedStatement s, Placed placed, Provenance provenance) throws SQLException {
		NewIncident r = placed.report();
		Timestamp at = Timestamp.from(provenance.createdAt());
		s.setString(1, provenance.missionId());
		s.setString(2, r.source());
		s.setString(3, r.sourceId());
		s.setDate(4, Date.valueOf(r.occurredOn()));
		s.setDate(5, r.occurredUntil() == null ? null : Date.valueOf(r.occurredUntil()));
		s.setTime(6, r.occurredTime() == null ? null : Time.valueOf(r.occurredTime()));
		s.setString(7, r.timePrecision().name());
		s.setDouble(8, r.position().lon());
		s.setDouble(9, r.position().lat());
		s.setString(10, r.positionPrecision().name());
		s.setInt(11, placed.gid());
		s.setString(12, placed.sector());
		s.setString(13, r.locationName());
		s.setString(14, r.category().name());
		s.setString(15, r.target().name());
		s.setString(16, r.perpetrator());
		s.setString(17, r.otherSide());
		Casualties c = r.casualties();
		setCount(s, 18, c.killedPeacekeepers());
		setCount(s, 19, c.killedCivilians());
		setCount(s, 20, c.killedOthers());
		setCount(s, 21, c.woundedPeacekeepers());
		setCount(s, 22, c.woundedCivilians());
		setCount(s, 23, c.woundedOthers());
		s.setString(24, r.description());
		s.setString(25, TriageStatus.REPORTED.name());
		s.setString(26, Priority.MEDIUM.name());
		if (provenance.importId() == null) {
			s.setNull(27, Types.BIGINT);
		}
		else {
			s.setLong(27, provenance.importId());
		}
		s.setString(28, provenance.createdBy());
		s.setTimestamp(29, at);
		s.setTimestamp(30, at);
		PersonalData p = r.personal();
		s.setString(31, p == null ? null : p.victims());
		s.setString(32, p == null ? null : p.witnesses());
		s.setString(33, p == null ? null : p.informants());
		s.setString(34, p == null ? null : p.restrictedNotes());
	}

	private static void setCount(PreparedStatement statement, int index, Integer count) throws SQLException {
		if (count == null) {
			statement.setNull(index, Types.INTEGER);
		}
		else {
			statement.setInt(index, count);
		}
	}

}
