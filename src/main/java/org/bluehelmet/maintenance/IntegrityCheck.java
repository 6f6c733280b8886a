package org.bluehelmet.maintenance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bluehelmet.audit.AuditCheckpoints;
import org.bluehelmet.audit.AuditVerification;
import org.bluehelmet.incident.ImportRecovery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks what the database's own constraints do not: an incident's references, kept
 * without foreign keys (schema version 4 on H2, 24 on PostgreSQL), that every finished
 * import stored as many incidents as it says, and the audit log's hash chain. Run after a
 * crash, a restore, or whenever in doubt ({@code bluehelmet check}).
 */
@Service
public class IntegrityCheck {

	private final JdbcClient jdbc;

	private final AuditVerification audit;

	private final ImportRecovery recovery;

	private final AuditCheckpoints checkpointProblems;

	private final Path checkpoints;

	IntegrityCheck(JdbcClient jdbc, AuditVerification audit, ImportRecovery recovery,
			AuditCheckpoints checkpointProblems, @Value("${bluehelmet.audit.checkpoint-file:}") String checkpoints) {
		this.checkpointProblems = checkpointProblems;
		this.checkpoints = checkpoints.isBlank() ? null : Path.of(checkpoints);
		this.jdbc = jdbc;
		this.audit = audit;
		this.recovery = recovery;
	}

	/** What the check found: problems (none when intact) and notes. */
	public record Report(List<String> problems, List<String> notes) {

		public boolean intact() {
			return problems.isEmpty();
		}

	}

	@Transactional(readOnly = true)
	public Report run() {
		List<String> problems = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		orphans(problems, "incidents of a mission that does not exist",
				"SELECT COUNT(*) FROM incident i WHERE NOT EXISTS (SELECT 1 FROM mission m WHERE m.id = i.mission_id)");
		orphans(problems, "incidents naming an import that does not exist", """
				SELECT COUNT(*) FROM incident i WHERE i.import_id IS NOT NULL
				  AND NOT EXISTS (SELECT 1 FROM incident_import m WHERE m.id = i.import_id)""");
		for (String column : List.of("duplicate_of", "suspected_duplicate_of")) {
			orphans(problems, "incidents whose " + column + " is missing or of another mission", """
					SELECT COUNT(*) FROM incident i WHERE i.%1$s IS NOT NULL AND NOT EXISTS
					  (SELECT 1 FROM incident o WHERE o.id = i.%1$s AND o.mission_id = i.mission_id)"""
				.formatted(column));
		}
		// Fewer is fine (incidents are deleted in triage); more means rows were added.
		orphans(problems, "imports holding more incidents than they stored", """
				SELECT COUNT(*) FROM incident_import m WHERE m.status = 'STORED'
				  AND m.stored < (SELECT COUNT(*) FROM incident i WHERE i.import_id = m.id)""");
		orphans(problems, "rejected or unfinished imports that left incidents behind", """
				SELECT COUNT(*) FROM incident_import m WHERE m.status <> 'STORED'
				  AND EXISTS (SELECT 1 FROM incident i WHERE i.import_id = m.id)""");
		if (recovery.removedAtStart() > 0) {
			notes.add(recovery.removedAtStart() + " incident(s) of imports that never finished were removed on start "
					+ "(the database kept them through a crash; they had never been committed)");
		}
		long interrupted = count("SELECT COUNT(*) FROM incident_import WHERE status = 'INTERRUPTED'");
		if (interrupted > 0) {
			notes.add(interrupted + " import(s) were interrupted (the server stopped before they finished; "
					+ "they stored nothing and are in the audit log)");
		}
		long unfinished = count("SELECT COUNT(*) FROM incident_import WHERE status = 'RUNNING'");
		if (unfinished > 0) {
			notes.add(unfinished + " import(s) running now or interrupted (stopped before they finished; "
					+ "they stored nothing)");
		}
		// Every record's author has the audit entry that says so: a row written or
		// changed
		// behind the application's back, or a log entry removed and the chain rebuilt,
		// shows.
		orphans(problems, "incidents logged by someone the audit log does not name as their author", """
				SELECT COUNT(*) FROM incident i WHERE i.import_id IS NULL AND NOT EXISTS (SELECT 1 FROM audit_entry a
				  WHERE a.action = 'incident.create' AND a.entity_id = CAST(i.id AS VARCHAR(40))
				  AND a.username = i.created_by)""");
		orphans(problems, "stored imports the audit log does not name with the account that started them", """
				SELECT COUNT(*) FROM incident_import m WHERE m.status = 'STORED' AND NOT EXISTS
				  (SELECT 1 FROM audit_entry a WHERE a.action = 'incident.import'
				  AND a.entity_id = CAST(m.id AS VARCHAR(40)) AND a.username = m.started_by)""");
		if (checkpoints != null && Files.exists(checkpoints)) {
			checkpointProblems.problems(checkpoints).forEach(problem -> problems.add("audit log: " + problem));
		}
		AuditVerification.Result chain = audit.verify();
		if (!chain.intact()) {
			problems.add("audit log: " + chain.problem());
		}
		else {
			notes.add("audit log intact: " + chain.entriesChecked() + " entries");
		}
		notes.add(count("SELECT COUNT(*) FROM incident") + " incidents, " + count("SELECT COUNT(*) FROM mission")
				+ " missions");
		return new Report(List.copyOf(problems), List.copyOf(notes));
	}

	private void orphans(List<String> problems, String what, String sql) {
		long found = count(sql);
		if (found > 0) {
			problems.add(found + " " + what);
		}
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
