package org.bluehelmet.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One entry of the audit log.
 *
 * @param seq its number; entries are numbered 1, 2, 3 … without gaps
 * @param at when, to the microsecond (what both databases keep)
 * @param username who
 * @param missionId the mission it concerns, or {@code null} for the installation
 * @param action what was done, e.g. {@code incident.update}
 * @param entity the kind of record, e.g. {@code incident}
 * @param entityId the record's id, or {@code null}
 * @param before the record before, as JSON, or {@code null}
 * @param after the record after, as JSON, or {@code null}
 * @param prevHash the hash of the entry before (64 zeros for the first)
 * @param hash this entry's hash: SHA-256 of all the fields above
 */
public record AuditEntry(long seq, Instant at, String username, String missionId, String action, String entity,
		String entityId, String before, String after, String prevHash, String hash) {

	/** The hash before the first entry. */
	public static final String GENESIS = "0".repeat(64);

	/** An entry with its hash computed from its fields. */
	static AuditEntry sealed(long seq, Instant at, String username, String missionId, String action, String entity,
			String entityId, String before, String after, String prevHash) {
		Instant micros = at.truncatedTo(ChronoUnit.MICROS);
		return new AuditEntry(seq, micros, username, missionId, action, entity, entityId, before, after, prevHash,
				hashOf(seq, micros, username, missionId, action, entity, entityId, before, after, prevHash));
	}

	/** The hash its fields should have. */
	String expectedHash() {
		return hashOf(seq, at, username, missionId, action, entity, entityId, before, after, prevHash);
	}

	/**
	 * SHA-256 over the fields, each written as its length and its text (or -1 for
	 * {@code null}), so that no two different entries give the same input.
	 */
	private static String hashOf(long seq, Instant at, Object... fields) {
		StringBuilder text = new StringBuilder().append(seq).append('|').append(at).append('|');
		for (Object field : fields) {
			if (field == null) {
				text.append("-1|");
			}
			else {
				String value = field.toString();
				text.append(value.length()).append(':').append(value).append('|');
			}
		}
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
