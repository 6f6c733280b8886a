package org.bluehelmet.incident;

/**
 * A sector's share of the attacks on civilians in a period beside its share of the
 * mission's troops on a date: the comparison at the heart of MINUSMA's problem in the
 * centre of Mali.
 *
 * @param sector sector name
 * @param attacksOnCivilians attacks on civilians that started in the period in the sector
 * @param attackShare the sector's attacks divided by those of all sectors, 0 to 1
 * @param troops troops in the sector on the deployment date
 * @param troopShare the sector's troops divided by the mission's, 0 to 1
 */
public record ProtectionGap(String sector, long attacksOnCivilians, double attackShare, int troops, double troopShare) {

	/** Attack share minus troop share: positive where protection is missing. */
	public double gap() {
		return attackShare - troopShare;
	}

}
