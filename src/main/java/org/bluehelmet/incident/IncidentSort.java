package org.bluehelmet.incident;

/** Orders of the incident list; ties are broken newest first. */
enum IncidentSort {

	/** Latest start first. */
	NEWEST("occurred_on DESC, id DESC"),
	/** Earliest start first. */
	OLDEST("occurred_on ASC, id ASC"),
	/** Most urgent first. */
	PRIORITY(
			"CASE priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END, occurred_on DESC, id DESC"),
	/** Most people killed first. */
	KILLED("COALESCE(killed_peacekeepers, 0) + COALESCE(killed_civilians, 0) + COALESCE(killed_others, 0) DESC, "
			+ "occurred_on DESC, id DESC");

	private final String orderBy;

	IncidentSort(String orderBy) {
		this.orderBy = orderBy;
	}

	/** The SQL ORDER BY clause; constant text, never built from input. */
	String orderBy() {
		return orderBy;
	}

}
