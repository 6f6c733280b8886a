package org.bluehelmet.incident;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which triage status may follow which: reported → in review → verified → closed, or set
 * aside as unverifiable or as a duplicate; anything set aside or closed can be reopened
 * for review, and a report can be set aside straight away when it is plainly a duplicate
 * or unverifiable.
 */
final class TriageRules {

	private static final Map<TriageStatus, Set<TriageStatus>> NEXT = new EnumMap<>(TriageStatus.class);

	static {
		NEXT.put(TriageStatus.REPORTED,
				EnumSet.of(TriageStatus.IN_REVIEW, TriageStatus.UNVERIFIABLE, TriageStatus.DUPLICATE));
		NEXT.put(TriageStatus.IN_REVIEW, EnumSet.of(TriageStatus.REPORTED, TriageStatus.VERIFIED,
				TriageStatus.UNVERIFIABLE, TriageStatus.DUPLICATE));
		NEXT.put(TriageStatus.VERIFIED, EnumSet.of(TriageStatus.CLOSED, TriageStatus.IN_REVIEW));
		NEXT.put(TriageStatus.CLOSED, EnumSet.of(TriageStatus.IN_REVIEW));
		NEXT.put(TriageStatus.UNVERIFIABLE, EnumSet.of(TriageStatus.IN_REVIEW));
		NEXT.put(TriageStatus.DUPLICATE, EnumSet.of(TriageStatus.IN_REVIEW));
	}

	private TriageRules() {
	}

	static boolean allows(TriageStatus from, TriageStatus to) {
		return from == to || NEXT.get(from).contains(to);
	}

	static Set<TriageStatus> after(TriageStatus from) {
		return NEXT.get(from);
	}

}
