package org.bluehelmet.posture;

import java.time.YearMonth;
import java.util.List;

import org.bluehelmet.text.Phrase;

/**
 * A posture scenario evaluated: its sites and what they achieve.
 *
 * @param name the scenario's name (a saved scenario's as its planner wrote it)
 * @param label for the standard scenarios, their name in the reader's language; otherwise
 * {@code null}
 * @param kind its kind
 * @param month the deployment map it starts from
 * @param risk where its risk came from, in words
 * @param request what was asked, with every assumption filled in
 * @param sites camps and TOBs
 * @param measures what the posture achieves
 * @param solver for planned scenarios, the optimisation's figures; otherwise {@code null}
 * @param cells per cell: people at risk, reached or not, minutes to surgery
 * @param notes what a reader should know (e.g. why the planner gains nothing)
 */
public record ScenarioResult(String name, Phrase label, ScenarioRequest.Kind kind, YearMonth month, Phrase risk,
		ScenarioRequest request, List<PostureSite> sites, Measures measures, SolverReport solver, List<CellState> cells,
		List<Phrase> notes) {

	/**
	 * What the scenario is called for a reader: its label in their language, else its
	 * name.
	 */
	@com.fasterxml.jackson.annotation.JsonIgnore
	public Object title() {
		return label != null ? label : name;
	}

	/**
	 * @param peopleAtRisk people at risk in the mission area
	 * @param peopleAtRiskWithinReach of whom within the response time of a site
	 * @param shareWithinReach the share
	 * @param peopleAtRiskReachedTwice within reach of two sites or more (backup)
	 * @param pastAttacks attacks on civilians in the twelve months up to the month
	 * @param pastAttacksWithinReach of which in cells within reach
	 * @param cells cells of the mission area
	 * @param cellsWithinCasevacDay cells within 10-1-2 reach by day
	 * @param cellsWithinCasevacNight by night
	 * @param populationShareCasevacDay share of the population within 10-1-2 reach by day
	 * @param troops troops in the posture
	 * @param sectors the same per sector
	 * @param sitesOutsideCasevac camps and TOBs from which a casualty cannot reach
	 * surgery in time by day
	 */
	public record Measures(double peopleAtRisk, double peopleAtRiskWithinReach, double shareWithinReach,
			double peopleAtRiskReachedTwice, int pastAttacks, int pastAttacksWithinReach, int cells,
			int cellsWithinCasevacDay, int cellsWithinCasevacNight, double populationShareCasevacDay, int troops,
			List<SectorMeasures> sectors, List<SiteCasevac> sitesOutsideCasevac) {
	}

	/** {@link Measures} of one sector. */
	public record SectorMeasures(String sector, double peopleAtRisk, double peopleAtRiskWithinReach,
			double shareWithinReach, int pastAttacks, int pastAttacksWithinReach, int troops) {
	}

	/** A site's own minutes to surgery. */
	public record SiteCasevac(String name, PostureSite.Kind kind, Double dayMinutes, Double nightMinutes) {
	}

	/**
	 * The optimisation behind a planned scenario.
	 *
	 * @param addedTroops troops the scenario adds to the mission
	 * @param addedTroopsPlaced of them, those the planner put in TOBs: the others have no
	 * TOB site from which casualty evacuation could be supported, and stay off the map
	 */
	public record SolverReport(double objective, double bound, double gap, double seconds, String method,
			int candidatesConsidered, int candidatesOutsideCasevac, int addedTroops, int addedTroopsPlaced) {

		/** Added troops the planner found no supportable TOB for. */
		@com.fasterxml.jackson.annotation.JsonProperty("addedTroopsUnplaced")
		public int addedTroopsUnplaced() {
			return Math.max(0, addedTroops - addedTroopsPlaced);
		}

	}

	/** A cell on the map. */
	public record CellState(int gid, double lon, double lat, String sector, long population, double risk,
			double peopleAtRisk, int pastAttacks, boolean withinReach, Double casevacDayMinutes,
			Double casevacNightMinutes) {
	}

}
