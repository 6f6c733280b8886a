package org.bluehelmet.posture;

import java.util.List;

import org.bluehelmet.geo.GridCell;
import org.bluehelmet.geo.Position;

/**
 * Time from a casualty to damage-control surgery, for the 10-1-2 standard: by helicopter,
 * launch delay plus the flight from its base to the casualty and on to a hospital (each
 * leg within the helicopter's radius) at cruise speed, plus time on the ground; by road,
 * the drive to the nearest hospital ({@link Travel}). The better of the two counts.
 */
final class CasevacReach {

	private final List<PostureSite> hospitals;

	private final List<PostureSite> bases;

	private final CasevacStandard standard;

	private final Travel travel;

	public CasevacReach(List<PostureSite> sites, CasevacStandard standard, Travel travel) {
		this.hospitals = sites.stream().filter(PostureSite::surgery).toList();
		this.bases = sites.stream().filter(PostureSite::helicopters).toList();
		this.standard = standard;
		this.travel = travel;
	}

	public CellCasevac of(GridCell cell) {
		Position at = cell.centre();
		double bestAir = Double.POSITIVE_INFINITY;
		String airHospital = null;
		double flightToCasualty = Double.POSITIVE_INFINITY;
		for (PostureSite base : bases) {
			double d = base.position().distanceKm(at);
			if (d <= standard.helicopterRadiusKm()) {
				flightToCasualty = Math.min(flightToCasualty, d);
			}
		}
		if (flightToCasualty < Double.POSITIVE_INFINITY) {
			for (PostureSite hospital : hospitals) {
				double d = at.distanceKm(hospital.position());
				if (d <= standard.helicopterRadiusKm()) {
					double minutes = (flightToCasualty + d) / standard.helicopterKmh() * 60 + standard.onSceneMinutes();
					if (minutes < bestAir) {
						bestAir = minutes;
						airHospital = hospital.name();
					}
				}
			}
		}
		double bestRoad = Double.POSITIVE_INFINITY;
		String roadHospital = null;
		for (PostureSite hospital : hospitals) {
			double minutes = travel.roadMinutes(hospital.position(), cell);
			if (minutes < bestRoad) {
				bestRoad = minutes;
				roadHospital = hospital.name();
			}
		}
		double day = Math.min(bestAir + standard.launchDayMinutes(), bestRoad);
		double night = Math.min(bestAir + standard.launchNightMinutes(), bestRoad);
		if (day == Double.POSITIVE_INFINITY) {
			return new CellCasevac(cell.gid(), at.lon(), at.lat(), null, null, null, null);
		}
		boolean byAir = bestAir + standard.launchDayMinutes() <= bestRoad;
		return new CellCasevac(cell.gid(), at.lon(), at.lat(), day, night, byAir ? "helicopter" : "road",
				byAir ? airHospital : roadHospital);
	}

	public List<CellCasevac> of(List<GridCell> cells) {
		return cells.stream().map(this::of).toList();
	}

}
