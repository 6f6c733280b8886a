package org.bluehelmet.incident;

import java.util.List;
import java.util.Map;

import org.bluehelmet.audit.AuditLog;
import org.bluehelmet.system.DatabaseKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finishes what a crash left half done: an import commits its incidents together with its
 * STORED status, so a visible incident of an import still RUNNING belongs to a
 * transaction that never committed. The embedded database (H2 2.4's MVStore) can keep
 * such a row when the process is killed mid-import (seen once in CI: one row of 100,000);
 * these rows are removed when Blue Helmet starts, before anything reads them, and the
 * removal is audited. Safe beside a running import on the same database: its rows are not
 * visible to this transaction until they commit, and then the import is STORED.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ImportRecovery implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final AuditLog audit;

	/**
	 * PostgreSQL advisory locks held by running imports: (this number, the import's id).
	 */
	private static final int LOCK_SPACE = 0x424849;

	/**
	 * An import younger than this is never taken for abandoned: its RUNNING row commits a
	 * moment before its transaction takes its lock.
	 */
	private static final java.time.Duration YOUNG = java.time.Duration.ofSeconds(10);

	private final DatabaseKind database;

	private volatile long removedAtStart;

	ImportRecovery(JdbcClient jdbc, PlatformTransactionManager transactionManager, AuditLog audit,
			DatabaseKind database) {
		this.jdbc = jdbc;
		this.database = database;
		this.transactions = new TransactionTemplate(transactionManager);
		this.audit = audit;
	}

	@Override
	public void run(ApplicationArguments args) {
		removedAtStart = removeLeftovers();
		if (removedAtStart > 0) {
			log.warn("Removed {} incident(s) left by imports that never finished (a crash mid-import)", removedAtStart);
		}
	}

	/** How many leftover incidents this process removed when it started. */
	public long removedAtStart() {
		return removedAtStart;
	}

	/**
	 * Removes incidents of imports left RUNNING, and marks those imports INTERRUPTED with
	 * an audit entry each (they stayed RUNNING for ever before); returns how many
	 * incidents were removed.
	 */
	long removeLeftovers() {
		// The imports table is small; the incidents are read only after a crash left one
		// RUNNING (import_id has no index on the embedded database).
		if (jdbc.sql("SELECT COUNT(*) FROM incident_import WHERE status = 'RUNNING'").query(Long.class).single() == 0) {
			return 0;
		}
		// After a crash the embedded database rolls the dead session's rows back while it
		// opens, and holds their locks meanwhile: on a slow machine that outlasts a lock
		// wait, so the removal is tried again a few times before it gives up.
		for (int attempt = 1;; attempt++) {
			try {
				Long removed = transactions.execute(tx -> {
					List<Long> abandoned = abandonedImports();
					long leftovers = abandoned.isEmpty() ? 0 : removeIncidents(abandoned);
					markInterrupted(abandoned);
					return leftovers;
				});
				return removed == null ? 0 : removed;
			}
			catch (org.springframework.dao.PessimisticLockingFailureException
					| org.springframework.dao.QueryTimeoutException ex) {
				if (attempt == LOCK_ATTEMPTS) {
					throw ex;
				}
				log.info("The leftovers of an interrupted import are still locked (attempt {} of {}); waiting", attempt,
						LOCK_ATTEMPTS);
				try {
					Thread.sleep(2000L * attempt);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	/**
	 * How often the removal of leftovers is tried while the database still locks them.
	 */
	private static final int LOCK_ATTEMPTS = 8;

	/**
	 * Holds the import's lock until the current transaction (the import's) ends, so that
	 * no other server takes it for abandoned meanwhile. On PostgreSQL only: on the
	 * embedded database one process imports.
	 */
	void holdWhileImporting(long importId) {
		if (database.isPostgres()) {
			jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)").params(LOCK_SPACE, (int) importId).query().singleValue();
		}
	}

	/**
	 * On PostgreSQL, marks INTERRUPTED the imports left RUNNING whose transaction is gone
	 * (their server or command died: the database rolled their rows back): those whose
	 * lock nobody holds. Safe beside running imports on other servers, whatever their
	 * number. On the embedded database only a start does this ({@link #run}).
	 */
	public void recoverAbandoned() {
		if (!database.isPostgres()) {
			return;
		}
		removeLeftovers();
	}

	/**
	 * Imports left RUNNING by a process that is gone (only an import still RUNNING can
	 * have left rows: a rejected one rolled back before it was marked so): on the
	 * embedded database, when it starts, every one; on PostgreSQL, those whose lock
	 * nobody holds (held by this transaction from then on).
	 */
	private List<Long> abandonedImports() {
		if (!database.isPostgres()) {
			return jdbc.sql("SELECT id FROM incident_import WHERE status = 'RUNNING'").query(Long.class).list();
		}
		return jdbc.sql("""
				SELECT id FROM incident_import WHERE status = 'RUNNING' AND started_at < ?
				  AND pg_try_advisory_xact_lock(?, CAST(id AS INTEGER))""")
			.params(java.sql.Timestamp.from(java.time.Instant.now().minus(YOUNG)), LOCK_SPACE)
			.query(Long.class)
			.list();
	}

	private void markInterrupted(List<Long> ids) {
		for (Long id : ids) {
			Map<String, Object> row = jdbc
				.sql("SELECT mission_id, file_name, started_by FROM incident_import WHERE id = ?")
				.param(id)
				.query()
				.singleRow();
			jdbc.sql(
					"UPDATE incident_import SET status = 'INTERRUPTED', finished_at = ? WHERE id = ? AND status = 'RUNNING'")
				.params(java.sql.Timestamp.from(java.time.Instant.now()), id)
				.update();
			audit.record("system", (String) row.get("mission_id"), "incident.import.interrupted", "incident_import", id,
					null, Map.of("file", row.get("file_name"), "startedBy", row.get("started_by"), "why",
							"the server stopped before the import finished; nothing of it was stored"));
		}
	}

	/** Removes the incidents the imports left; returns how many. */
	private long removeIncidents(List<Long> importIds) {
		String imports = String.join(", ", importIds.stream().map(String::valueOf).toList());
		String in = "(SELECT id FROM incident WHERE import_id IN (" + imports + "))";
		List<Long> ids = jdbc.sql(in.substring(1, in.length() - 1)).query(Long.class).list();
		if (ids.isEmpty()) {
			return 0;
		}
		// Nothing committed can point at them, but clear references first as a delete in
		// triage does, so that `bluehelmet check` finds no dangling reference.
		jdbc.sql("UPDATE incident SET duplicate_of = NULL WHERE duplicate_of IN " + in).update();
		jdbc.sql("UPDATE incident SET suspected_duplicate_of = NULL WHERE suspected_duplicate_of IN " + in).update();
		jdbc.sql("DELETE FROM incident WHERE id IN " + in).update();
		audit.record("system", null, "incident.import.leftovers-removed", "incident", null, null,
				Map.of("incidents", ids.size(), "firstId", ids.get(0)));
		return ids.size();
	}

}
