package org.bluehelmet.incident;

/**
 * Where an incident report stands in triage: reported → in review → verified → closed, or
 * set aside as unverifiable or as a duplicate of another report.
 */
public enum TriageStatus {

	/** Logged or imported, not yet looked at. */
	REPORTED,
	/** Someone is checking it. */
	IN_REVIEW,
	/** Confirmed by a second source or on the ground. */
	VERIFIED,
	/** Dealt with; nothing more to do. */
	CLOSED,
	/** Cannot be confirmed or refuted. */
	UNVERIFIABLE,
	/** The same incident as another report, named in {@code duplicateOf}. */
	DUPLICATE

}
