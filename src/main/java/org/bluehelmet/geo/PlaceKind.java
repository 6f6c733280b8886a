package org.bluehelmet.geo;

/** What a gazetteer name stands for. */
public enum PlaceKind {

	/** A first-level administrative region (Mali: région). */
	REGION,

	/** A town, village or camp location. */
	PLACE

}
