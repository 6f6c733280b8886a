package org.bluehelmet.mission;

/** What kind of base a site is. */
public enum SiteKind {

	/** A large camp hosting a sector or mission headquarters and its enablers. */
	SUPERCAMP,

	/** A permanent camp of a battalion, company or enabler unit. */
	CAMP,

	/**
	 * A Temporary Operating Base: about 150 troops pushed out from a camp for weeks or
	 * months to protect civilians where violence is, resupplied by road or air.
	 */
	TEMPORARY_OPERATING_BASE

}
