package org.bluehelmet.casualty;

/**
 * A mission's peacekeepers who died in one year, by cause.
 *
 * @param year the year
 * @param maliciousActs killed by hostile acts
 * @param accidents died in accidents
 * @param illness died of illness
 * @param other self-inflicted, to be determined or unknown
 */
record FatalityYear(int year, int maliciousActs, int accidents, int illness, int other) {

	@com.fasterxml.jackson.annotation.JsonProperty("total")
	public int total() {
		return maliciousActs + accidents + illness + other;
	}

}
