package org.bluehelmet.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Spreadsheet formulas in CSV exports are neutralised, numbers kept (issue 14, finding
 * 7).
 */
class CsvCellsTest {

	@Test
	void neutralisesEveryFormulaStartOwaspNames() {
		assertThat(CsvCells.safe("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
		assertThat(CsvCells.safe("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
		assertThat(CsvCells.safe("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
		assertThat(CsvCells.safe("@SUM(1+9)*cmd|' /C calc'!A0")).isEqualTo("'@SUM(1+9)*cmd|' /C calc'!A0");
		assertThat(CsvCells.safe("\t=1")).isEqualTo("'\t=1");
		assertThat(CsvCells.safe("\r=1")).isEqualTo("'\r=1");
	}

	@Test
	void keepsNumbersTextAndEmptyCellsAsTheyAre() {
		assertThat(CsvCells.safe("-8.25")).isEqualTo("-8.25");
		assertThat(CsvCells.safe("+1e3")).isEqualTo("+1e3");
		assertThat(CsvCells.safe(-3)).isEqualTo(-3);
		assertThat(CsvCells.safe("Mopti")).isEqualTo("Mopti");
		assertThat(CsvCells.safe("#loc+name")).isEqualTo("#loc+name");
		assertThat(CsvCells.safe(null)).isNull();
		assertThat(CsvCells.safe("")).isEqualTo("");
	}

	@Test
	void readsBackWhatItNeutralised() {
		for (String cell : new String[] { "=1+1", "@SUM(A1)", "-x", "Gao", "'quoted", "-8.25" }) {
			assertThat(CsvCells.unsafe(CsvCells.safe(cell).toString())).isEqualTo(cell);
		}
	}

}
