package org.bluehelmet.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bluehelmet.TestDatabases;
import org.bluehelmet.system.DataChanges;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The incident contract on a PostgreSQL 15 server, in a database of the tests' own. */
class PostgresIncidentTest extends IncidentContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestDatabases.usePostgres(registry, "bluehelmet_test_incident");
	}

	@Test
	void aLargeImportRenewsTheTablesStatisticsSoThatLookupsArePlannedForItsNewSize() {
		Timestamp before = lastAnalyze();
		List<Map<String, String>> rows = new ArrayList<>();
		for (Map<String, String> row : UcdpTestFiles.realRows(r -> true).subList(0, IncidentImport.ANALYZE_AFTER)) {
			rows.add(UcdpTestFiles.with(row, "id", "stats-" + UUID.randomUUID()));
		}
		ImportReport report = imports.importFile(MISSION, new StringReader(UcdpTestFiles.csv(rows)), "stats.csv",
				IncidentFormat.UCDP, false, "test", read -> {
				});
		assertThat(report.stored()).isEqualTo(IncidentImport.ANALYZE_AFTER);
		assertThat(lastAnalyze()).isNotNull().isNotEqualTo(before);
		jdbcClient.sql("DELETE FROM incident WHERE source_id LIKE 'stats-%'").update();
		cube.changed(MISSION);
	}

	@Test
	void anEditMadeOutsideBlueHelmetChangesTheIncidentsVersionAtTheNextRevalidationAndNothingElseDoes() {
		changes.version(DataChanges.Kind.INCIDENTS, MISSION);
		changes.revalidate();
		long before = changes.version(DataChanges.Kind.INCIDENTS, MISSION);
		changes.revalidate();
		assertThat(changes.version(DataChanges.Kind.INCIDENTS, MISSION)).isEqualTo(before);
		// As another program would: no notification, no cache told.
		jdbcClient
			.sql("UPDATE incident SET version = version + 1 WHERE id = (SELECT MIN(id) FROM incident "
					+ "WHERE mission_id = ?)")
			.param(MISSION)
			.update();
		assertThat(changes.version(DataChanges.Kind.INCIDENTS, MISSION)).isEqualTo(before);
		changes.revalidate();
		assertThat(changes.version(DataChanges.Kind.INCIDENTS, MISSION)).isGreaterThan(before);
	}

	@Test
	void aReadMarkThatWritesCommitsWithoutWaitingForTheDiskAndOnlyItsOwnTransactionDoes() {
		long id = jdbcClient.sql("SELECT MIN(id) FROM incident WHERE mission_id = ?")
			.param(MISSION)
			.query(Long.class)
			.single();
		String reader = "reader-" + UUID.randomUUID();
		String inside = new TransactionTemplate(transactions).execute(status -> {
			triage.markRead(id, reader, 1);
			return jdbcClient.sql("SHOW synchronous_commit").query(String.class).single();
		});
		assertThat(inside).isEqualTo("off");
		// Read again at the same version: nothing written, nothing set.
		String again = new TransactionTemplate(transactions).execute(status -> {
			triage.markRead(id, reader, 1);
			return jdbcClient.sql("SHOW synchronous_commit").query(String.class).single();
		});
		assertThat(again).isEqualTo("on");
		String after = new TransactionTemplate(transactions)
			.execute(status -> jdbcClient.sql("SHOW synchronous_commit").query(String.class).single());
		assertThat(after).isEqualTo("on");
	}

	@Autowired
	private TriageStore triage;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private DataChanges changes;

	private Timestamp lastAnalyze() {
		return jdbcClient.sql("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'incident'")
			.query(Timestamp.class)
			.optional()
			.orElse(null);
	}

}
