package org.bluehelmet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import requirements} and {@code import pledges}: all or nothing, idempotent. */
class ForceGenerationImportCommandTest {

	@TempDir
	Path folder;

	private final Console console = new Console();

	@Test
	void importsPledgesOnceAndRejectsAFileWithABadRow() throws Exception {
		String data = folder.resolve("data").toString();
		Path requirements = folder.resolve("requirements.csv");
		Files.writeString(requirements,
				"""
						reference,capability,units,personnel,equipment,sector,language,women_share_target,needed_by,priority,origin
						VAN-2017-HELI,UTILITY_HELICOPTER_UNIT,2,220,6 helicopters,,,0.15,2018-06-30,1,Vancouver ministerial 2017
						""");
		assertThat(console.run("import", "requirements", "--mission", "minusma", requirements.toString(), "--data-dir",
				data))
			.as(console.err())
			.isZero();
		assertThat(console.out()).contains("1 stored");

		Path pledges = folder.resolve("pledges.csv");
		Files.writeString(pledges,
				"""
						reference,countries,capability,personnel,women,equipment,readiness,caveats,requirement,pledged,assessment_visit,level_2,level_3,selected,mou,pre_deployment_visit,camp_ready,deployed
						VAN-P1,Canada,UTILITY_HELICOPTER_UNIT,110,15,3 helicopters,LEVEL_3,,VAN-2017-HELI,2017-11-15,2018-01-10,2018-01-20,2018-03-01,2018-03-20,2018-05-01,2018-06-01,,2018-07-01
						""");
		assertThat(console.run("import", "pledges", "--mission", "minusma", pledges.toString(), "--data-dir", data))
			.as(console.err())
			.isZero();
		assertThat(console.out()).contains("1 stored, 0 skipped");
		assertThat(console.run("import", "pledges", "--mission", "minusma", pledges.toString(), "--data-dir", data))
			.isZero();
		assertThat(console.out()).contains("0 stored, 1 skipped");

		Path bad = folder.resolve("bad.csv");
		Files.writeString(bad, """
				reference,countries,capability,personnel,women,equipment,readiness,caveats,requirement,pledged
				VAN-P2,Norway,UTILITY_HELICOPTER_UNIT,90,10,,LEVEL_1,,,2018-02-01
				VAN-P3,Portugal,SUBMARINE,90,10,,LEVEL_1,,,2018-02-01
				""");
		assertThat(console.run("import", "pledges", "--mission", "minusma", bad.toString(), "--data-dir", data))
			.isEqualTo(1);
		assertThat(console.err()).contains("line 3", "capability", "SUBMARINE");
		assertThat(console.run("import", "pledges", "--mission", "minusma", pledges.toString(), "--data-dir", data))
			.isZero();
		assertThat(console.out()).contains("0 stored, 1 skipped");
	}

	@Test
	void readsTheDayARequirementWasIssuedAndRefusesOneIssuedAfterItIsNeeded() throws Exception {
		String data = folder.resolve("dated").toString();
		Path requirements = folder.resolve("dated.csv");
		String header = "reference,capability,units,personnel,equipment,sector,language,women_share_target,needed_by,"
				+ "priority,origin,issued_on\n";
		Files.writeString(requirements, header + """
				S-2021-EOD,IED_CLEARANCE_COMPANY,1,120,,Centre,,0.15,2022-03-31,2,S/2021/657,2021-07-15
				S-2021-IPO,OTHER,1,39,,,French,0.2,2022-06-30,3,S/2021/657,
				""");
		assertThat(console.run("import", "requirements", "--mission", "minusma", requirements.toString(), "--data-dir",
				data))
			.as(console.err())
			.isZero();
		assertThat(console.out()).contains("2 stored");

		Path bad = folder.resolve("late.csv");
		Files.writeString(bad, header + """
				S-2021-HELI,UTILITY_HELICOPTER_UNIT,1,110,,,,0.15,2022-03-31,1,S/2021/657,2022-04-01
				""");
		assertThat(console.run("import", "requirements", "--mission", "minusma", bad.toString(), "--data-dir", data))
			.isEqualTo(1);
		assertThat(console.err()).contains("line 2", "issued_on",
				"issued on 1 Apr 2022, after it is needed by 31 Mar 2022");
	}

}
