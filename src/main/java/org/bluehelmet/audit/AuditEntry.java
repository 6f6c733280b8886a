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
 * @param hash this entry's seal: HMAC-SHA-256 of all the fields above under the
 * installation's {@link AuditKey}
 */
public record AuditEntry(long seq, Instant at, String username, String missionId, String action, String entity,
		String entityId, String before, String after, String prevHash, String hash) {

	/** The hash before the first entry. */
	public static final String GENESIS = "0".repeat(64);

	/** An entry with its seal computed from its fields. */
	static AuditEntry sealed(AuditKey key, long seq, Instant at, String username, String missionId, String action,
			String entity, String entityId, String before, String after, String prevHash) {
		Instant micros = at.truncatedTo(ChronoUnit.MICROS);
		return new AuditEntry(seq, micros, username, missionId, action, entity, entityId, before, after, prevHash,
				key.seal(text(seq, micros, username, missionId, action, entity, entityId, before, after, prevHash)));
	}

	/** The seal its fields should have. */
	String expectedHash(AuditKey key) {
		return key.seal(text(seq, at, username, missionId, action, entity, entityId, before, after, prevHash));
	}

	/**
	 * The plain SHA-256 its fields would have: how entries were sealed before the key,
	 * and how someone re-chaining the log without the key would seal them.
	 */
	public String plainHash() {
		return sha256(text(seq, at, username, missionId, action, entity, entityId, before, after, prevHash));
	}

	/**
	 * The fields, each written as its length and its text (or -1 for {@code null}), so
	 * that no two different entries give the same input.
	 */
	private static String text(long seq, Instant at, Object... fields) {
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
		return text.toString();
	}

	private static String sha256(String text) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
