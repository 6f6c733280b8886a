package org.bluehelmet.posture;

/**
 * How fast a casualty in a cell reaches damage-control surgery.
 *
 * @param gid the cell
 * @param lon its centre
 * @param lat its centre
 * @param dayMinutes minutes to surgery by day (best of helicopter and road), or
 * {@code null} when no surgery is reachable at all
 * @param nightMinutes minutes by night
 * @param mode "helicopter" or "road", by day
 * @param hospital where the casualty is taken, by day
 */
record CellCasevac(int gid, double lon, double lat, Double dayMinutes, Double nightMinutes, String mode,
		String hospital) {

	public boolean withinByDay(CasevacStandard standard) {
		return dayMinutes != null && dayMinutes <= standard.surgeryMinutes();
	}

	public boolean withinByNight(CasevacStandard standard) {
		return nightMinutes != null && nightMinutes <= standard.surgeryMinutes();
	}

}
