package org.bluehelmet.incident;

/** The file layouts incidents can be imported from. */
public enum IncidentFormat {

	/** The official UCDP GED CSV layout, read by {@link UcdpGedCsvReader}. */
	UCDP,

	/** ACLED's standard CSV export, read by {@link AcledCsvReader}. */
	ACLED,

	/**
	 * Blue Helmet's own CSV layout, the one its export writes, read by
	 * {@link NativeCsvReader}.
	 */
	NATIVE,

	/**
	 * Blue Helmet's own GeoJSON, the one its export writes, read by
	 * {@link NativeGeoJsonReader}.
	 */
	GEOJSON

}
