package org.bluehelmet.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReadAheadTest {

	static final String CSV = "n\n" + numbers(2500);

	private static String numbers(int count) {
		StringBuilder csv = new StringBuilder();
		for (int i = 1; i <= count; i++) {
			csv.append(i).append('\n');
		}
		return csv.toString();
	}

	@Test
	void handsEveryRowToTheCallersThreadInFileOrder() {
		List<Integer> seen = new ArrayList<>();
		List<Long> lines = new ArrayList<>();
		Thread caller = Thread.currentThread();
		CsvRecords.Outcome outcome = ReadAhead.<Integer>run(sink -> CsvRecords.stream(new StringReader(CSV),
				(record, line, header) -> Integer.valueOf(record.get("n")), sink), (value, line) -> {
					assertThat(Thread.currentThread()).isSameAs(caller);
					seen.add(value);
					lines.add(line);
				}, 100, 2);
		assertThat(outcome.rows()).isEqualTo(2500);
		assertThat(seen).hasSize(2500).isSorted();
		assertThat(seen.get(0)).isEqualTo(1);
		assertThat(lines.get(0)).isEqualTo(2);
		assertThat(lines.get(2499)).isEqualTo(2501);
	}

	@Test
	void reportsBadRowsAsTheReaderFindsThem() {
		CsvRecords.Outcome outcome = ReadAhead.<Integer>run(sink -> CsvRecords.stream(new StringReader("n\n1\nx\n3\n"),
				(record, line, header) -> Integer.valueOf(record.get("n")), sink), (value, line) -> {
				}, 10, 2);
		assertThat(outcome.badRows()).isEqualTo(1);
		assertThat(outcome.problems().get(0).line()).isEqualTo(3);
	}

	@Test
	void stopsReadingWhenTheSinkFails() {
		assertThatThrownBy(() -> ReadAhead.<String>run(
				sink -> CsvRecords.stream(new StringReader(CSV), (record, line, header) -> record.get("n"), sink),
				(value, line) -> {
					if (value.equals("777")) {
						throw new IllegalArgumentException("the database is full");
					}
				}, 100, 2))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("the database is full");
	}

	@Test
	void passesOnTheReadersFailure() {
		assertThatThrownBy(() -> ReadAhead.<String>run(sink -> {
			throw new IllegalStateException("the disk is gone");
		}, (value, line) -> {
		}, 100, 2)).isInstanceOf(IllegalStateException.class).hasMessage("the disk is gone");
	}

}
