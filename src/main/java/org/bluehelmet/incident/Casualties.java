package org.bluehelmet.incident;

/**
 * People killed and wounded in an incident. A {@code null} count means the source does
 * not say (UCDP records no wounded and no separate count of peacekeepers); it is not
 * zero.
 */
public record Casualties(Integer killedPeacekeepers, Integer killedCivilians, Integer killedOthers,
		Integer woundedPeacekeepers, Integer woundedCivilians, Integer woundedOthers) {

	public static final Casualties NONE_RECORDED = new Casualties(null, null, null, null, null, null);

	public Casualties {
		for (Integer count : new Integer[] { killedPeacekeepers, killedCivilians, killedOthers, woundedPeacekeepers,
				woundedCivilians, woundedOthers }) {
			if (count != null && count < 0) {
				throw new org.bluehelmet.system.InvalidInputException("casualties", "counts must not be negative");
			}
		}
	}

	/** Everyone known killed; UCDP's {@code best} estimate for UCDP events. */
	public int killed() {
		return zeroIfNull(killedPeacekeepers) + zeroIfNull(killedCivilians) + zeroIfNull(killedOthers);
	}

	/** Everyone known wounded. */
	public int wounded() {
		return zeroIfNull(woundedPeacekeepers) + zeroIfNull(woundedCivilians) + zeroIfNull(woundedOthers);
	}

	private static int zeroIfNull(Integer count) {
		return count == null ? 0 : count;
	}

}
