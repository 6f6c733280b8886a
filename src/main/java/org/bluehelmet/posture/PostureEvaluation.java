package org.bluehelmet.posture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a posture achieves: people at risk within reach of a site (and of two), past
 * attacks on civilians that fell within reach, cells and people within 10-1-2 reach,
 * troops; overall and per sector.
 */
final class PostureEvaluation {

	private PostureEvaluation() {
	}

	record Evaluated(ScenarioResult.Measures measures, List<ScenarioResult.CellState> cells) {
	}

	static Evaluated evaluate(List<PostureSite> sites, List<DemandCell> demand, List<String> sectors,
			PosturePlanner reach, CasevacStandard standard, Travel travel) {
		CasevacReach casevac = new CasevacReach(sites, standard, travel);
		Map<String, double[]> perSector = new LinkedHashMap<>();
		for (String sector : sectors) {
			perSector.put(sector, new double[5]);
		}
		double atRisk = 0;
		double within = 0;
		double twice = 0;
		int attacks = 0;
		int attacksWithin = 0;
		int casevacDay = 0;
		int casevacNight = 0;
		double population = 0;
		double populationCasevac = 0;
		List<ScenarioResult.CellState> cells = new ArrayList<>();
		for (DemandCell d : demand) {
			long reachedBy = sites.stream().filter(s -> reach.reaches(s, d)).limit(2).count();
			CellCasevac c = casevac.of(d.cell());
			double people = d.peopleAtRisk();
			atRisk += people;
			attacks += d.pastAttacks();
			double[] sector = perSector.computeIfAbsent(d.sector(), k -> new double[5]);
			sector[0] += people;
			sector[2] += d.pastAttacks();
			if (reachedBy > 0) {
				within += people;
				attacksWithin += d.pastAttacks();
				sector[1] += people;
				sector[3] += d.pastAttacks();
			}
			if (reachedBy > 1) {
				twice += people;
			}
			population += d.cell().population();
			if (c.withinByDay(standard)) {
				casevacDay++;
				populationCasevac += d.cell().population();
			}
			if (c.withinByNight(standard)) {
				casevacNight++;
			}
			cells.add(new ScenarioResult.CellState(d.cell().gid(), d.cell().centre().lon(), d.cell().centre().lat(),
					d.sector(), d.cell().population(), d.risk(), people, d.pastAttacks(), reachedBy > 0, c.dayMinutes(),
					c.nightMinutes()));
		}
		int troops = 0;
		for (PostureSite site : sites) {
			troops += site.troops();
			perSector.computeIfAbsent(site.sector(), k -> new double[5])[4] += site.troops();
		}
		List<ScenarioResult.SectorMeasures> bySector = new ArrayList<>();
		perSector.forEach((name, v) -> bySector.add(new ScenarioResult.SectorMeasures(name, v[0], v[1],
				v[0] == 0 ? 0 : v[1] / v[0], (int) v[2], (int) v[3], (int) v[4])));
		List<ScenarioResult.SiteCasevac> outside = new ArrayList<>();
		for (PostureSite site : sites) {
			CellCasevac c = casevac.of(siteCell(site, demand));
			if (!c.withinByDay(standard)) {
				outside.add(new ScenarioResult.SiteCasevac(site.name(), site.kind(), c.dayMinutes(), c.nightMinutes()));
			}
		}
		ScenarioResult.Measures measures = new ScenarioResult.Measures(atRisk, within,
				atRisk == 0 ? 0 : within / atRisk, twice, attacks, attacksWithin, demand.size(), casevacDay,
				casevacNight, population == 0 ? 0 : populationCasevac / population, troops, bySector, outside);
		return new Evaluated(measures, cells);
	}

	/**
	 * The site's place as a cell: its own cell where it is one of the area's, else a
	 * point cell.
	 */
	static org.bluehelmet.geo.GridCell siteCell(PostureSite site, List<DemandCell> demand) {
		for (DemandCell d : demand) {
			if (d.cell().gid() == site.gid()) {
				return new org.bluehelmet.geo.GridCell(site.gid(), site.position(), null, null,
						d.cell().travelTimeMinutes(), true, d.cell().region(), d.cell().admin2Code(), 0);
			}
		}
		return new org.bluehelmet.geo.GridCell(site.gid(), site.position(), null, null, null, false, null, null, 0);
	}

}
