package org.bluehelmet.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import org.bluehelmet.system.RejectedFileException;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

	@Test
	void readsTypedValuesTreatingNaAndEmptyAsMissing() {
		String csv = "name,count,share\nGao,3,0.5\nKidal,NA,\n";
		List<String> rows = CsvRecords.readAll(new StringReader(csv), "t.csv",
				(record, line, header) -> CsvRecords.required(record, "name") + ":"
						+ CsvRecords.integer(record, "count") + ":" + CsvRecords.decimal(record, "share") + "@" + line);
		assertThat(rows).containsExactly("Gao:3:0.5@2", "Kidal:null:null@3");
	}

	@Test
	void rejectsTheWholeFileListingEveryBadRow() {
		String csv = "name,count\nGao,three\n,4\nKidal,5\n";
		assertThatThrownBy(() -> CsvRecords.readAll(new StringReader(csv), "t.csv",
				(record, line, header) -> CsvRecords.required(record, "name")
						+ CsvRecords.requiredInteger(record, "count")))
			.isInstanceOfSatisfying(RejectedFileException.class, ex -> {
				assertThat(ex.problems()).hasSize(2);
				assertThat(ex.problems().get(0).toString()).isEqualTo("line 2, count: 'three' is not a whole number");
				assertThat(ex.problems().get(1).toString()).isEqualTo("line 3, name: is empty");
				assertThat(ex.getMessage()).startsWith("t.csv: 2 bad row(s), nothing stored");
			});
	}

	@Test
	void rejectsAHeaderWithAnEmptyColumnNameAsABadFirstLine() {
		// Found by the importer fuzz test: Commons CSV throws before the first row.
		CsvRecords.Outcome outcome = CsvRecords.stream(new StringReader("name,,count\nGao,x,1\n"),
				(record, line, header) -> record.get(0), (value, line) -> {
				});
		// The header is no row: the file is unreadable, with no row counted bad.
		assertThat(outcome.badRows()).isZero();
		assertThat(outcome.unreadable()).isTrue();
		assertThat(outcome.hasProblems()).isTrue();
		assertThat(outcome.problems().get(0).toString()).startsWith("line 1").contains("the header row is not valid");
	}

	@Test
	void countsRowsReadBeforeBrokenQuotingAndMarksTheRestUnreadable() {
		String csv = "name,count\nGao,1\n\"Kidal,2\nTessalit,3\n";
		CsvRecords.Outcome outcome = CsvRecords.stream(new StringReader(csv), (record, line, header) -> record.get(0),
				(value, line) -> {
				});
		assertThat(outcome.rows()).isEqualTo(1);
		assertThat(outcome.badRows()).isZero();
		assertThat(outcome.unreadable()).isTrue();
		assertThat(outcome.problems().get(0).toString()).startsWith("line 3").contains("not valid CSV from here on");
	}

	@Test
	void namesEveryBadFieldOfARowReadThroughARowCheck() {
		String csv = "name,count,lon,lat\nGao,three,x,99\n";
		CsvRecords.Outcome outcome = CsvRecords.stream(new StringReader(csv), (record, line, header) -> {
			RowCheck row = new RowCheck();
			row.read(() -> CsvRecords.requiredInteger(record, "count"));
			row.read(() -> CsvRecords.position(record, "lon", "lat"));
			row.done();
			return record.get(0);
		}, (value, line) -> {
		});
		assertThat(outcome.badRows()).isEqualTo(1);
		assertThat(outcome.problems()).extracting(Object::toString)
			.containsExactly("line 2, count: 'three' is not a whole number", "line 2, lon: 'x' is not a number");
	}

	@Test
	void rejectsARowWithMoreOrFewerFieldsThanTheHeader() {
		String csv = "name,count\nGao,1\nKidal\nTessalit,3,9\n";
		CsvRecords.Outcome outcome = CsvRecords.stream(new StringReader(csv), (record, line, header) -> record.get(0),
				(value, line) -> {
				});
		assertThat(outcome.problems()).extracting(p -> p.line()).containsExactly(3L, 4L);
		assertThat(outcome.problems().get(0).reasonText()).isEqualTo("the row has 1 fields, the header 2");
	}

	@Test
	void rejectsBrokenQuotingWithTheLineWhereItStarts() {
		String csv = "name,count\nGao,1\n\"Kidal,2\nTessalit,3\n";
		assertThatThrownBy(() -> CsvRecords.readAll(new StringReader(csv), "t.csv",
				(record, line, header) -> CsvRecords.required(record, "name")))
			.isInstanceOfSatisfying(RejectedFileException.class, ex -> {
				assertThat(ex.problems()).hasSize(1);
				assertThat(ex.problems().get(0).line()).isEqualTo(3);
				assertThat(ex.problems().get(0).reasonText()).contains("not valid CSV");
			});
	}

	@Test
	void refusesAQuotedFieldLeftOpenInTheLastColumnRatherThanTakingTheRestOfTheFileAsItsText() {
		// A free-text last column would otherwise swallow every row after it silently.
		String csv = "name,note\nGao,fine\nKidal,\"open\nTessalit,3\nAnsongo,4\n";
		CsvRecords.Outcome outcome = CsvRecords.stream(new StringReader(csv), (record, line, header) -> record.get(1),
				(value, line) -> {
				});
		assertThat(outcome.rows()).isEqualTo(1);
		assertThat(outcome.unreadable()).isTrue();
		assertThat(outcome.problems().get(0).toString()).startsWith("line 3").contains("never closed");
	}

	@Test
	void readsQuotesInsideUnquotedFieldsDoubledQuotesAndFieldsOverSeveralLinesWithTheLinesTheyStartOn() {
		String csv = "name,note\n\nGao, 5\" long \n\"Kidal\",\"said \"\"go\"\"\nthen\"\r\n\nMenaka,\"\"\n";
		List<String> rows = CsvRecords.readAll(new StringReader(csv), "t.csv",
				(record, line, header) -> line + ":" + record.get("name") + "|" + record.get("note"));
		assertThat(rows).containsExactly("3:Gao|5\" long", "4:Kidal|said \"go\"\nthen", "7:Menaka|");
	}

	@Test
	void refusesAHeaderWithARepeatedColumnName() {
		CsvRecords.Outcome outcome = CsvRecords.stream(new StringReader("name,count,name\nGao,1,x\n"),
				(record, line, header) -> record.get(0), (value, line) -> {
				});
		assertThat(outcome.unreadable()).isTrue();
		assertThat(outcome.problems().get(0).toString()).startsWith("line 1").contains("'name' is repeated");
	}

	@Test
	void readsAnEmptyFileAsNoRows() {
		CsvRecords.Outcome outcome = CsvRecords.stream(new StringReader(""), (record, line, header) -> record.get(0),
				(value, line) -> {
				});
		assertThat(outcome.rows()).isZero();
		assertThat(outcome.hasProblems()).isFalse();
	}

	@Test
	void readsANumberedCodeAndRefusesANumberWithoutOne() {
		String csv = "name,prec\nGao,2\nKidal,\nAnsongo,4\n";
		CsvRecords.Outcome outcome = CsvRecords.stream(new StringReader(csv),
				(record, line, header) -> CsvRecords.coded(record, "prec", "unknown",
						List.of("exact", "near", "region")),
				(value, line) -> assertThat(value).isIn("near", "unknown"));
		assertThat(outcome.rows()).isEqualTo(3);
		assertThat(outcome.problems()).extracting(Object::toString).containsExactly("line 4, prec: must be 1-3, was 4");
	}

	@Test
	void readsAFileSavedByExcelWithAByteOrderMark() {
		List<String> rows = CsvRecords.readAll(new StringReader("\uFEFFname,count\nGao,3\n"), "t.csv",
				(record, line, header) -> CsvRecords.required(record, "name") + ":" + header.get(0));
		assertThat(rows).containsExactly("Gao:name");
	}

	@Test
	void endsTheReadingAtARowTooLongToHoldAndStoresNothing() {
		String longField = "x".repeat(CsvRowHandler.MAX_ROW_CHARS / 2 + 1);
		String csv = "name,note\nGao,short\nKidal," + longField + "," + longField + "\n";
		assertThatThrownBy(() -> CsvRecords.readAll(new StringReader(csv), "t.csv", (record, line, header) -> 1))
			.isInstanceOfSatisfying(RejectedFileException.class,
					ex -> assertThat(ex.problems().get(0).toString()).startsWith("line 3")
						.contains("more than " + CsvRowHandler.MAX_ROW_CHARS + " characters"));
	}

}
