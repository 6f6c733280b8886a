package org.bluehelmet.cli;

import org.bluehelmet.posture.CoverInstanceGenerator;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code cover}: one JSON object on CSV files and on published instances; errors in
 * words.
 */
class CoverCommandTest {

	@TempDir
	Path folder;

	private final Console console = new Console(ToolsApplication.COMMANDS);

	@Test
	void solvesCsvFilesAndPrintsTheObjectiveBoundAndGap() throws Exception {
		Path sites = folder.resolve("sites.csv");
		Path demand = folder.resolve("demand.csv");
		CoverInstanceGenerator.write(CoverInstanceGenerator.generate(3000, 60, 11), sites, demand);
		assertThat(console.run("cover", "--sites", sites.toString(), "--demand", demand.toString(), "--p", "4",
				"--radius", "80", "--time-limit", "20"))
			.as(console.err())
			.isZero();
		Map<String, Object> out = JsonMapper.builder().build().readValue(console.out().trim(), Map.class);
		assertThat(out.keySet()).contains("objective", "bound", "gap", "selected", "seconds");
		assertThat((List<?>) out.get("selected")).hasSizeLessThanOrEqualTo(4)
			.allMatch(id -> id.toString().startsWith("s"));
		assertThat(((Number) out.get("bound")).doubleValue())
			.isGreaterThanOrEqualTo(((Number) out.get("objective")).doubleValue());
		assertThat(((Number) out.get("gap")).doubleValue()).isLessThan(0.005);
	}

	@Test
	void readsPublishedInstances() throws Exception {
		assertThat(console.run("cover", "--instance", "../shared/bench/mclp/SJC324.txt", "--format", "sjc", "--p", "2",
				"--radius", "800"))
			.as(console.err())
			.isZero();
		Map<String, Object> out = JsonMapper.builder().build().readValue(console.out().trim(), Map.class);
		// The optimum for p = 2, r = 800 (proven by CP-SAT in bench cover).
		assertThat(((Number) out.get("objective")).doubleValue()).isEqualTo(8790);
		assertThat(((Number) out.get("gap")).doubleValue()).isZero();
		// Its steps, with the incumbent and the bound, on stderr.
		assertThat(console.err()).contains("greedy and swaps: ").contains("linear relaxation: 8790.0, bound 8790.0");
	}

	@Test
	void saysWhatIsWrongWithTheInput() throws Exception {
		Path sites = folder.resolve("sites.csv");
		Files.writeString(sites, "id,x,y\na,1,north\n");
		Path demand = folder.resolve("demand.csv");
		Files.writeString(demand, "id,x,y,weight\nd,1,1,2\n");
		assertThat(console.run("cover", "--sites", sites.toString(), "--demand", demand.toString(), "--p", "1",
				"--radius", "5"))
			.isNotZero();
		assertThat(console.err()).contains("line 2").contains("'north' is not a number");
		assertThat(console.run("cover", "--instance", sites.toString(), "--format", "tsp", "--p", "1", "--radius", "5"))
			.isNotZero();
		assertThat(console.err()).contains("not sjc or gr");
	}

}
