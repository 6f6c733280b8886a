package org.bluehelmet.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The files of jobs in {@code job_file}, in parts of {@link #PART} bytes, so that any
 * server reads them and none holds a whole file in memory: the file a job was started
 * with from part 0, what it made from part {@link JobQueue#OUTPUT}.
 */
@Component
class JobFiles {

	/** Bytes per stored part of a file. */
	static final int PART = 1 << 20;

	private final JdbcClient jdbc;

	JobFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a file from part {@code first} on, at least one part (empty for nothing).
	 */
	void store(String jobId, int first, Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			store(jobId, first, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void store(String jobId, int first, InputStream in) {
		try {
			int part = first;
			byte[] bytes;
			while ((bytes = in.readNBytes(PART)).length > 0 || part == first) {
				jdbc.sql("INSERT INTO job_file (job_id, part, bytes) VALUES (?, ?, ?)")
					.params(jobId, part++, bytes)
					.update();
				if (bytes.length == 0) {
					break;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The file stored from part {@code first} on, read a part at a time as consumed. */
	InputStream read(String jobId, int first) {
		return new InputStream() {

			private byte[] part = new byte[0];

			private int next = first;

			private int at;

			@Override
			public int read() {
				byte[] one = new byte[1];
				return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
			}

			@Override
			public int read(byte[] into, int offset, int length) {
				if (length == 0) {
					return 0;
				}
				// An empty part (a file of nothing) is passed over: a read gives bytes or
				// the end.
				while (at == part.length) {
					Optional<byte[]> read = jdbc.sql("SELECT bytes FROM job_file WHERE job_id = ? AND part = ?")
						.params(jobId, next)
						.query(byte[].class)
						.optional();
					if (read.isEmpty()) {
						return -1;
					}
					part = read.get();
					next++;
					at = 0;
				}
				int n = Math.min(length, part.length - at);
				System.arraycopy(part, at, into, offset, n);
				at += n;
				return n;
			}

		};
	}

}
