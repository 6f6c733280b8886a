package org.bluehelmet.forcegen;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;

/**
 * What the UN pays for a uniformed person and their unit's equipment, per month, in US
 * dollars, as the user sets it.
 *
 * @param personnelPerMonth reimbursement per person and month (default 1,448: the
 * standard rate for troop costs the General Assembly set from July 2018)
 * @param equipmentPerPersonMonth contingent-owned equipment and self-sustainment, per
 * person and month (default 800: an assumption for a self-sustained unit; set the real
 * rates of the memorandum of understanding)
 */
record CostRates(double personnelPerMonth, double equipmentPerPersonMonth) {

	/**
	 * The most a rate may be, per person and month: far above any rate the General
	 * Assembly has set (1,448 in 2018), low enough to catch a typing error.
	 */
	public static final double MAX_RATE = 100_000;

	public CostRates {
		check("personnelPerMonth", personnelPerMonth);
		check("equipmentPerPersonMonth", equipmentPerPersonMonth);
	}

	private static void check(String field, double rate) {
		if (!(rate >= 0 && rate <= MAX_RATE)) {
			throw new InvalidInputException(field,
					Phrase.of("problem.forcegen.rate", "most", (long) MAX_RATE, "value", rate));
		}
	}

	public static CostRates defaults() {
		return new CostRates(1448, 800);
	}

}
