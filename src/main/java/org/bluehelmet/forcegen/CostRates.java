package org.bluehelmet.forcegen;

import org.bluehelmet.system.InvalidInputException;

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
public record CostRates(double personnelPerMonth, double equipmentPerPersonMonth) {

	public CostRates {
		if (personnelPerMonth < 0 || equipmentPerPersonMonth < 0) {
			throw new InvalidInputException("rates", "rates cannot be negative");
		}
	}

	public static CostRates defaults() {
		return new CostRates(1448, 800);
	}

}
