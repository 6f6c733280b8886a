package org.bluehelmet.incident;

/** How urgently an incident needs attention in triage. */
public enum Priority {

	LOW, MEDIUM, HIGH, URGENT

}
