package org.bluehelmet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.bluehelmet.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code mission} subcommands as a user types them, on a fresh embedded database and
 * on PostgreSQL.
 */
class MissionCommandTest {

	@TempDir
	Path dataDir;

	final Console console = new Console();

	@Test
	void listsTheDemoMissionOfAFreshDataDirectory() {
		int exit = run("mission", "list", "--data-dir", dataDir.toString());
		assertThat(exit).as(err()).isZero();
		assertThat(out()).contains("minusma", "MINUSMA", "Mali", "2013-04-25 to 2023-06-30");
		assertThat(dataDir.resolve("bluehelmet.mv.db")).exists();
	}

	@Test
	void showsAMissionAsAMapOfAMonthShowsIt() {
		int exit = run("mission", "show", "minusma", "--at", "2020-12", "--data-dir", dataDir.toString());
		assertThat(exit).as(err()).isZero();
		assertThat(out()).contains("As of 2020-12 (Map no. 4506 Rev. 37)", "Ceiling: 13,289 troops, 1,920 police",
				"Mopti-Sévaré", "Centre");
		assertThat(out()).containsPattern("Centre\\s+2\\s+2985\\s+15\\.3%");
		assertThat(out()).containsPattern("Total\\s+12\\s+19525");
	}

	@Test
	void readsAndWritesAPostgresDatabase() {
		String url = TestDatabases.freshPostgres("bluehelmet_test_cli");
		int exit = run("mission", "show", "minusma", "--at", "2016-06", "--db", url, "--db-user", "postgres");
		assertThat(exit).as(err()).isZero();
		assertThat(out()).contains("As of 2016-05 (Map no. 4506 Rev. 14)", "Ceiling: 11,240 troops");
	}

	@Test
	void refusesAMalformedMonth() {
		int exit = run("mission", "show", "minusma", "--at", "12/2020", "--data-dir", dataDir.toString());
		assertThat(exit).isEqualTo(2);
		assertThat(err()).contains("--at must be a month as YYYY-MM");
	}

	@Test
	void saysSoWhenAMissionDoesNotExist() {
		int exit = run("mission", "show", "unmiss", "--data-dir", dataDir.toString());
		assertThat(exit).isEqualTo(1);
		assertThat(err()).contains("mission unmiss not found");
	}

	@Test
	void refusesADatabaseUrlOfAnotherKind() {
		int exit = run("mission", "list", "--db", "jdbc:mysql://localhost/x");
		assertThat(exit).isEqualTo(1);
		assertThat(err()).contains("--db must be a jdbc:postgresql:");
	}

	private int run(String... args) {
		return console.run(args);
	}

	private String out() {
		return console.out();
	}

	private String err() {
		return console.err();
	}

}
