package org.bluehelmet.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Checkpoints of the audit log that can leave the machine: a line
 * {@code seq,hash,at,seal} naming the last entry and its seal, itself sealed under the
 * {@link AuditKey}. Kept elsewhere (printed, mailed, another server), they show later
 * whether the log still holds those entries unchanged, even against someone who has the
 * key and rewrote the log.
 */
@Service
public class AuditCheckpoints {

	private final AuditLog log;

	private final AuditKey key;

	private final JdbcClient jdbc;

	AuditCheckpoints(AuditLog log, AuditKey key, JdbcClient jdbc) {
		this.log = log;
		this.key = key;
		this.jdbc = jdbc;
	}

	/** A checkpoint as one line of text. */
	public String current() {
		AuditLog.Head head = log.head();
		String body = head.seq() + "," + head.hash() + "," + Instant.now();
		return body + "," + key.seal(body);
	}

	/** Appends the current checkpoint to a file (made readable by its owner only). */
	public String appendTo(Path file) {
		String line = current();
		try {
			Files.writeString(file, line + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the checkpoint to " + file, ex);
		}
		return line;
	}

	/**
	 * What the log says of each checkpoint in the file: nothing when every one matches.
	 */
	public List<String> problems(Path file) {
		List<String> problems = new ArrayList<>();
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			return List.of("cannot read the checkpoints " + file + ": " + ex.getMessage());
		}
		int number = 0;
		for (String line : lines) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.strip().split(",");
			if (parts.length != 4 || !key.seal(parts[0] + "," + parts[1] + "," + parts[2]).equals(parts[3])) {
				problems.add("checkpoint on line " + number + " of " + file + " is not sealed with this key");
				continue;
			}
			long seq = Long.parseLong(parts[0]);
			if (seq == 0) {
				continue;
			}
			Optional<String> hash = jdbc.sql("SELECT hash FROM audit_entry WHERE seq = ?")
				.param(seq)
				.query(String.class)
				.optional();
			if (hash.isEmpty()) {
				problems.add("entry " + seq + " of the checkpoint of " + parts[2] + " is missing from the log");
			}
			else if (!hash.get().equals(parts[1])) {
				problems.add("entry " + seq + " differs from the checkpoint of " + parts[2]
						+ ": the log was rewritten after it");
			}
		}
		return problems;
	}

}
