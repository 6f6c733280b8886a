package org.bluehelmet.incident;

/** The file layouts incidents can be imported from. */
public enum IncidentFormat {

	/** The official UCDP GED CSV layout, read by {@link UcdpGedCsvReader}. */
	UCDP

}
