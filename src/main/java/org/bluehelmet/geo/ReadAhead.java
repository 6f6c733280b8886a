package org.bluehelmet.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads a file on a second thread while the caller's thread stores what was read, so that
 * parsing and writing use both cores. Rows travel in chunks through a bounded queue: at
 * most {@code chunksAhead} chunks wait, so memory stays bounded whatever the file's size.
 * The caller's thread runs the sink, so the sink may use the caller's transaction.
 * <p>
 * If the sink fails, reading stops and the sink's exception reaches the caller; if
 * reading fails, its exception reaches the caller.
 */
public final class ReadAhead {

	private ReadAhead() {
	}

	/** A value read from a file with the line it starts on. */
	private record Row<T>(T value, long line) {
	}

	/**
	 * @param reader reads the whole file, handing each good value to the sink it is
	 * given, and returns what it found
	 * @param sink receives the values, on the caller's thread, in file order
	 * @param chunkSize values per chunk
	 * @param chunksAhead chunks that may wait in the queue
	 */
	public static <T> CsvRecords.Outcome run(Function<CsvRecords.RowSink<T>, CsvRecords.Outcome> reader,
			CsvRecords.RowSink<T> sink, int chunkSize, int chunksAhead) {
		BlockingQueue<List<Row<T>>> queue = new ArrayBlockingQueue<>(chunksAhead);
		List<Row<T>> end = new ArrayList<>();
		ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
			Thread reading = new Thread(runnable, "read-ahead");
			reading.setDaemon(true);
			return reading;
		});
		try {
			Future<CsvRecords.Outcome> reading = thread.submit(() -> {
				List<List<Row<T>>> chunk = new ArrayList<>(List.of(new ArrayList<>(chunkSize)));
				CsvRecords.Outcome outcome = reader.apply((value, line) -> {
					chunk.get(0).add(new Row<>(value, line));
					if (chunk.get(0).size() == chunkSize) {
						put(queue, chunk.get(0));
						chunk.set(0, new ArrayList<>(chunkSize));
					}
				});
				if (!chunk.get(0).isEmpty()) {
					put(queue, chunk.get(0));
				}
				put(queue, end);
				return outcome;
			});
			drain(queue, end, reading, sink);
			return reading.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading", ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException(ex.getCause());
		}
		finally {
			thread.shutdownNow();
		}
	}

	private static <T> void drain(BlockingQueue<List<Row<T>>> queue, List<Row<T>> end,
			Future<CsvRecords.Outcome> reading, CsvRecords.RowSink<T> sink)
			throws InterruptedException, ExecutionException {
		while (true) {
			List<Row<T>> chunk = queue.poll(100, TimeUnit.MILLISECONDS);
			if (chunk == null) {
				if (reading.isDone() && queue.isEmpty()) {
					// The reader ended without its end marker: it failed; get() rethrows
					// why.
					reading.get();
					return;
				}
				continue;
			}
			if (chunk == end) {
				return;
			}
			for (Row<T> row : chunk) {
				sink.accept(row.value(), row.line());
			}
		}
	}

	private static <T> void put(BlockingQueue<List<Row<T>>> queue, List<Row<T>> chunk) {
		try {
			queue.put(chunk);
		}
		catch (InterruptedException ex) {
			// The caller stopped (its sink failed): stop reading.
			Thread.currentThread().interrupt();
			throw new IllegalStateException("reading stopped", ex);
		}
	}

}
