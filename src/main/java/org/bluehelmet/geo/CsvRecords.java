package org.bluehelmet.geo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.system.RejectedFileException;
import org.bluehelmet.system.RowProblem;
import org.bluehelmet.text.Phrase;

/**
 * Reads a headed CSV file with FastCSV (RFC 4180, quoted fields may span lines; about
 * twice as fast as Apache Commons CSV, which still writes Blue Helmet's files) and typed
 * values from its rows, recording which column was at fault. Used by the readers of every
 * feature, so that all of them treat empty fields, {@code NA} and line numbers alike.
 */
public final class CsvRecords {

	private CsvRecords() {
	}

	/** At most this many bad rows are described one by one; the rest are counted. */
	public static final int MAX_DESCRIBED_PROBLEMS = 1000;

	/**
	 * Reads every record of a headed CSV file into a value, all or nothing: a record that
	 * cannot be read becomes a {@link RowProblem} with the physical line it starts on and
	 * the column at fault, and if there is any, the whole file is rejected with all of
	 * them.
	 * @param source the file's text
	 * @param fileName the name used in messages
	 * @param reader turns one record into a value; throws {@link BadField} (or any
	 * runtime exception, reported without a column) for a bad record
	 * @return the values, in file order
	 * @throws RejectedFileException listing every bad row
	 */
	public static <T> List<T> readAll(Reader source, String fileName, RecordReader<T> reader) {
		List<T> values = new ArrayList<>();
		Outcome outcome = stream(source, reader, (value, line) -> values.add(value));
		if (outcome.hasProblems()) {
			throw new RejectedFileException(fileName, outcome.problems());
		}
		return values;
	}

	/**
	 * Reads every good record, adding the problems of the bad ones to {@code problems}
	 * instead of refusing the file: for checks across files that should still see the
	 * good rows of a file with bad ones.
	 */
	public static <T> List<T> readGood(Reader source, RecordReader<T> reader, List<RowProblem> problems) {
		List<T> values = new ArrayList<>();
		problems.addAll(stream(source, reader, (value, line) -> values.add(value)).problems());
		return values;
	}

	/**
	 * Reads a headed CSV file record by record, handing each good value to {@code sink}
	 * as soon as it is read, so that a file of any size is read in constant memory.
	 * Exceptions of the sink are not row problems: they end the reading and reach the
	 * caller.
	 * @return rows read, bad rows, and the problems of the first
	 * {@value #MAX_DESCRIBED_PROBLEMS} bad rows (and of broken quoting, which ends the
	 * reading)
	 */
	public static <T> Outcome stream(Reader source, RecordReader<T> reader, RowSink<T> sink) {
		QuoteCountingReader counted = new QuoteCountingReader(source);
		CsvRowHandler handler = new CsvRowHandler();
		Reading<T> reading = new Reading<>(reader, sink);
		try (CsvReader<CsvRow> csv = CsvReader.builder()
			// Rows of the wrong width are bad rows, told apart below; not the file's end.
			.allowExtraFields(true)
			.allowMissingFields(true)
			.allowExtraCharsAfterClosingQuote(false)
			.skipEmptyLines(true)
			.build(handler, counted)) {
			Iterator<CsvRow> rows = csv.iterator();
			CsvRow row = next(rows, handler, reading);
			if (row == null) {
				return reading.outcome();
			}
			try {
				reading.header(CsvHeader.of(row.toList()));
			}
			catch (IllegalArgumentException ex) {
				return reading.unreadable(1, "the header row is not valid: " + abbreviated(ex.getMessage()));
			}
			handler.header(reading.header);
			while ((row = next(rows, handler, reading)) != null) {
				// Each row waits for the next: the last is only known whole at the end.
				reading.hold(row);
			}
			if (reading.failed) {
				return reading.outcome();
			}
			if ((counted.quotes() - handler.unquotedQuotes()) % 2 != 0) {
				// FastCSV closes a quoted field left open at the end of the file; the
				// rest of the file is that field, so it is no row.
				return reading.unreadable(reading.held == null ? 1 : reading.held.line(),
						"the file is not valid CSV from here on: a quoted field is never closed");
			}
			reading.release();
			return reading.outcome();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The next row, or {@code null} at the end or where the file stops being CSV. */
	private static CsvRow next(Iterator<CsvRow> rows, CsvRowHandler handler, Reading<?> reading) {
		try {
			return rows.hasNext() ? rows.next() : null;
		}
		catch (CsvParseException | UncheckedIOException ex) {
			// Nothing after broken quoting or undecodable text can be read. The rest of
			// the file is no row: it is counted apart, so that rows read are rows
			// stored, skipped and refused.
			reading.release();
			Throwable cause = ex;
			while (cause.getCause() != null) {
				cause = cause.getCause();
			}
			reading.unreadable(Math.max(1, handler.line()),
					cause instanceof CharacterCodingException
							? "the file is not UTF-8 text from here on (save it as UTF-8 CSV)"
							: "the file is not valid CSV from here on: " + abbreviated(cause.getMessage()));
			return null;
		}
	}

	/** What has been read of a file, one row behind the parser. */
	private static final class Reading<T> {

		private final RecordReader<T> reader;

		private final RowSink<T> sink;

		private final List<RowProblem> problems = new ArrayList<>();

		private CsvHeader header;

		private CsvRow held;

		private long rows;

		private long bad;

		private boolean failed;

		Reading(RecordReader<T> reader, RowSink<T> sink) {
			this.reader = reader;
			this.sink = sink;
		}

		void header(CsvHeader header) {
			this.header = header;
		}

		void hold(CsvRow row) {
			release();
			this.held = row;
		}

		/** Reads the row held back, if any. */
		void release() {
			if (this.held != null) {
				read(this.held);
				this.held = null;
			}
		}

		private void read(CsvRow row) {
			this.rows++;
			T value;
			try {
				if (row.size() != this.header.size()) {
					// A field missing or added in the middle would shift every value
					// after it.
					throw new IllegalArgumentException(
							"the row has " + row.size() + " fields, the header " + this.header.size());
				}
				value = this.reader.read(row, row.line(), this.header.names());
			}
			catch (RuntimeException ex) {
				this.bad++;
				for (RowProblem problem : problems(row.line(), ex)) {
					if (this.problems.size() < MAX_DESCRIBED_PROBLEMS) {
						this.problems.add(problem);
					}
				}
				return;
			}
			if (value != null) {
				this.sink.accept(value, row.line());
			}
			else {
				// A record the reader skips on purpose (an HXL hashtag row) is no data
				// row.
				this.rows--;
			}
		}

		Outcome unreadable(long line, String why) {
			this.failed = true;
			this.problems.add(new RowProblem(line, null, why));
			return outcome();
		}

		Outcome outcome() {
			return new Outcome(this.rows, this.bad, this.problems, this.failed);
		}

	}

	private static String abbreviated(String text) {
		return text == null || text.length() <= 200 ? String.valueOf(text) : text.substring(0, 200) + "…";
	}

	/**
	 * What was wrong with a row, from the exception its reading threw: with its column
	 * when known.
	 */
	public static RowProblem problem(long line, RuntimeException ex) {
		return problems(line, ex).get(0);
	}

	/** Every problem of a row, from the exception its reading threw. */
	public static List<RowProblem> problems(long line, RuntimeException ex) {
		if (ex instanceof BadRow row) {
			return row.fields().stream().map(field -> new RowProblem(line, field.column(), field.reason())).toList();
		}
		return List.of(single(line, ex));
	}

	private static RowProblem single(long line, RuntimeException ex) {
		if (ex instanceof BadField field) {
			return new RowProblem(line, field.column(), field.reason());
		}
		if (ex instanceof InvalidInputException invalid) {
			return new RowProblem(line, invalid.field(),
					invalid.phrase().orElseGet(() -> Phrase.verbatim(invalid.getMessage())));
		}
		return new RowProblem(line, null, String.valueOf(ex.getMessage()));
	}

	/**
	 * What reading a file found.
	 *
	 * @param rows records read, good and bad
	 * @param badRows records that could not be read
	 * @param problems what was wrong, every problem of each bad row, the first
	 * {@value #MAX_DESCRIBED_PROBLEMS}
	 * @param unreadable whether part of the file could not be read as rows at all (its
	 * header, or everything after broken quoting): a file to refuse whatever its rows
	 */
	public record Outcome(long rows, long badRows, List<RowProblem> problems, boolean unreadable) {

		public Outcome(long rows, long badRows, List<RowProblem> problems) {
			this(rows, badRows, problems, false);
		}

		/** Whether anything of the file was wrong. */
		public boolean hasProblems() {
			return badRows > 0 || unreadable;
		}

	}

	/** Receives the values of good records, with the line each starts on. */
	@FunctionalInterface
	public interface RowSink<T> {

		void accept(T value, long line);

	}

	/**
	 * Turns one CSV record into a value, or {@code null} for a record to skip (such as an
	 * HXL hashtag row).
	 */
	@FunctionalInterface
	public interface RecordReader<T> {

		T read(CsvRow record, long line, List<String> header);

	}

	/**
	 * Named fields of one row, whatever the file's format: a CSV record, or a GeoJSON
	 * feature's properties. Gives the raw text of a field, or {@code null} when the row
	 * has no such field.
	 */
	@FunctionalInterface
	public interface Fields {

		String raw(String name);

	}

	/**
	 * The field's text, or {@code null} when absent, empty or {@code NA}; a cell guarded
	 * for spreadsheets by Blue Helmet's exports ({@code '=…}) is read as it was.
	 */
	public static String text(Fields fields, String column) {
		String raw = fields.raw(column);
		if (raw == null) {
			return null;
		}
		String value = org.bluehelmet.system.CsvCells.unsafe(raw.trim());
		return value.isEmpty() || value.equals("NA") ? null : value;
	}

	public static String required(Fields fields, String column) {
		return present(text(fields, column), column);
	}

	public static Double decimal(Fields fields, String column) {
		return number(fields, column, Double::valueOf, "row.notANumber");
	}

	public static double requiredDecimal(Fields fields, String column) {
		return present(decimal(fields, column), column);
	}

	/**
	 * A position from two columns; a value off the globe is a bad field of the column it
	 * came from.
	 */
	public static Position position(Fields fields, String lonColumn, String latColumn) {
		RowCheck check = new RowCheck();
		Double lon = check.read(() -> requiredDecimal(fields, lonColumn));
		Double lat = check.read(() -> requiredDecimal(fields, latColumn));
		check.done();
		try {
			return new Position(lon, lat);
		}
		catch (InvalidInputException ex) {
			throw new BadField(ex.field().equals("lon") ? lonColumn : latColumn,
					ex.phrase().orElseGet(() -> Phrase.verbatim(ex.getMessage())));
		}
	}

	public static Integer integer(Fields fields, String column) {
		return number(fields, column, Integer::valueOf, "row.notAWholeNumber");
	}

	public static int requiredInteger(Fields fields, String column) {
		return present(integer(fields, column), column);
	}

	/**
	 * A field holding a numbered code (1, 2, …): the value of its number in
	 * {@code byCode}, {@code whenMissing} when the field is empty; any other number is a
	 * bad field that says the highest code.
	 */
	public static <V> V coded(Fields fields, String column, V whenMissing, List<V> byCode) {
		Integer code = integer(fields, column);
		if (code == null) {
			return whenMissing;
		}
		if (code < 1 || code > byCode.size()) {
			throw new BadField(column, Phrase.of("row.codeRange", "most", byCode.size(), "value", code));
		}
		return byCode.get(code - 1);
	}

	/**
	 * A field's number, {@code null} when missing; text that is not one is a bad field.
	 */
	private static <N extends Number> N number(Fields fields, String column, Function<String, N> parse, String notOne) {
		String value = text(fields, column);
		if (value == null) {
			return null;
		}
		try {
			return parse.apply(value);
		}
		catch (NumberFormatException ex) {
			throw new BadField(column, Phrase.of(notOne, "value", Phrase.verbatim(value)));
		}
	}

	private static <V> V present(V value, String column) {
		if (value == null) {
			throw new BadField(column, Phrase.of("row.empty"));
		}
		return value;
	}

}
