package org.bluehelmet.audit;

import java.util.Objects;

import org.springframework.stereotype.Service;

/**
 * Checks the audit log's hash chain: every entry's hash matches its fields, links to the
 * entry before, numbers follow without gaps, and the last entry is the one the head
 * records (so that removing entries from the end is found too).
 */
@Service
public class AuditVerification {

	private final AuditLog log;

	private final AuditKey key;

	AuditVerification(AuditLog log, AuditKey key) {
		this.log = log;
		this.key = key;
	}

	/** What the check found. */
	public record Result(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem) {

		static Result broken(long entriesChecked, long firstBrokenSeq, String problem) {
			return new Result(false, entriesChecked, firstBrokenSeq, problem);
		}

	}

	public Result verify() {
		return verify(false);
	}

	/**
	 * Seals a log written before entries were keyed (by an older Blue Helmet) under the
	 * key, once its plain SHA-256 chain is found intact; refused otherwise.
	 * @return the entries sealed
	 */
	public long resealUnkeyed() {
		Result plain = verify(true);
		if (!plain.intact()) {
			throw new IllegalStateException("the log's plain chain is broken (" + plain.problem()
					+ "); it is not sealed again, so that the damage stays visible");
		}
		log.reseal();
		return plain.entriesChecked();
	}

	private Result verify(boolean plain) {
		long[] expectedSeq = { 1 };
		String[] prevHash = { AuditEntry.GENESIS };
		Result[] broken = { null };
		log.forEach(entry -> {
			if (broken[0] != null) {
				return;
			}
			String problem = null;
			if (entry.seq() != expectedSeq[0]) {
				problem = "entry " + expectedSeq[0] + " is missing (the next is " + entry.seq() + ")";
			}
			else if (!entry.prevHash().equals(prevHash[0])) {
				problem = "entry " + entry.seq() + " does not link to the entry before it";
			}
			else if (!entry.hash().equals(plain ? entry.plainHash() : entry.expectedHash(key))) {
				problem = !plain && entry.hash().equals(entry.plainHash()) ? "entry " + entry.seq()
						+ " is sealed without this installation's key: it was changed and chained again by someone "
						+ "without the key (or written by a Blue Helmet older than keyed entries: then run "
						+ "'bluehelmet audit reseal' once)"
						: "entry " + entry.seq() + " was changed after it was written (its seal does not match)";
			}
			if (problem != null) {
				broken[0] = Result.broken(expectedSeq[0] - 1, entry.seq(), problem);
			}
			expectedSeq[0]++;
			prevHash[0] = entry.hash();
		});
		if (broken[0] != null) {
			return broken[0];
		}
		long checked = expectedSeq[0] - 1;
		AuditLog.Head head = log.head();
		if (head.seq() != checked || !Objects.equals(head.hash(), prevHash[0])) {
			return Result.broken(checked, checked + 1,
					"the log ends at entry " + checked + " but " + head.seq() + " were written");
		}
		return new Result(true, checked, null, null);
	}

}
