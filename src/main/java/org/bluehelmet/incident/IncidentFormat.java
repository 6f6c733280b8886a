package org.bluehelmet.incident;

/**
 * The file layouts incidents can be imported from, each with its name in words and the
 * columns that tell its header apart.
 */
public enum IncidentFormat {

	/** The official UCDP GED CSV layout, read by {@link UcdpGedCsvReader}. */
	UCDP("UCDP GED", java.util.List.of("id", "date_start", "type_of_violence", "latitude", "longitude", "best")),

	/** ACLED's standard CSV export, read by {@link AcledCsvReader}. */
	ACLED("ACLED", java.util.List.of("event_id_cnty", "event_date", "event_type", "latitude", "longitude")),

	/**
	 * Blue Helmet's own CSV layout, the one its export writes, read by
	 * {@link NativeCsvReader}.
	 */
	NATIVE("Blue Helmet CSV", java.util.List.of("source", "source_id", "occurred_on", "lat", "lon", "category")),

	/**
	 * Blue Helmet's own GeoJSON, the one its export writes, read by
	 * {@link NativeGeoJsonReader}.
	 */
	GEOJSON("Blue Helmet GeoJSON", java.util.List.of());

	private final String title;

	private final java.util.List<String> columns;

	IncidentFormat(String title, java.util.List<String> columns) {
		this.title = title;
		this.columns = columns;
	}

	/** The layout's name as people know it. */
	public String title() {
		return title;
	}

	/** The columns a header of this layout has (none for GeoJSON). */
	public java.util.List<String> columns() {
		return columns;
	}

	/** The columns of this layout a header lacks. */
	java.util.List<String> missingFrom(java.util.Collection<String> header) {
		return columns.stream().filter(column -> !header.contains(column)).toList();
	}

}
