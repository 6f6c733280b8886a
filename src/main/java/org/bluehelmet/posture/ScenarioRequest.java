package org.bluehelmet.posture;

import java.time.YearMonth;
import java.util.List;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;

/**
 * What a posture scenario is: a kind, the month whose deployment map it starts from,
 * where its risk comes from, and the planner's assumptions (defaults where absent).
 *
 * @param name the scenario's name
 * @param kind as deployed, planned, or the user's own TOBs
 * @param month the deployment map's month (default: the latest)
 * @param risk "history" (share of the last twelve months with an attack on civilians) or
 * "forecast" (the early-warning chance of one next month)
 * @param addedTroops troops added to the mission, for the planner
 * @param tobs the user's TOBs (kind {@code CUSTOM})
 * @param closedCamps camps the user closes (kind {@code CUSTOM})
 * @param travel road travel assumptions
 * @param casevac the casualty-evacuation standard and helicopters
 * @param rules the planner's rules
 * @param helicopterBases camps where casualty-evacuation helicopters stand (default:
 * camps with an airfield or a level-2 hospital)
 * @param tobSurgicalTeams whether each planned TOB takes a forward surgical team, so that
 * it needs no hospital within reach and brings surgery to the cells around it
 */
public record ScenarioRequest(String name, Kind kind, YearMonth month, String risk, Integer addedTroops,
		List<UserTob> tobs, List<String> closedCamps, Travel travel, CasevacStandard casevac, PlanningRules rules,
		List<String> helicopterBases, Boolean tobSurgicalTeams) {

	/** What a scenario places. */
	public enum Kind {

		/** The camps of the deployment map, as they were. */
		AS_DEPLOYED,
		/** The camps, and TOBs where the planner puts them. */
		PLANNED,
		/** The camps (less any closed), and the user's TOBs. */
		CUSTOM

	}

	/**
	 * A TOB placed by the user.
	 *
	 * @param name its name
	 * @param lon where
	 * @param lat where
	 * @param troops troops (default: the company size)
	 * @param surgery whether a surgical team goes with it
	 */
	public record UserTob(String name, double lon, double lat, Integer troops, Boolean surgery) {
	}

	/**
	 * The most TOBs a scenario places by hand, and camps it names: evaluation stays
	 * bounded.
	 */
	static final int MAX_LISTED = 200;

	/** The most troops a scenario adds (the largest missions have had about 20,000). */
	static final int MAX_ADDED_TROOPS = 100_000;

	public ScenarioRequest {
		tobs = tobs == null ? List.of() : List.copyOf(tobs);
		closedCamps = closedCamps == null ? List.of() : List.copyOf(closedCamps);
		helicopterBases = helicopterBases == null ? null : List.copyOf(helicopterBases);
		if (tobs.size() > MAX_LISTED || closedCamps.size() > MAX_LISTED
				|| (helicopterBases != null && helicopterBases.size() > MAX_LISTED)) {
			throw new InvalidInputException("tobs", Phrase.of("problem.scenario.listed", "most", MAX_LISTED));
		}
		if (name != null && name.length() > 200) {
			throw new InvalidInputException("name", Phrase.of("problem.scenario.name"));
		}
		if (addedTroops != null && (addedTroops < 0 || addedTroops > MAX_ADDED_TROOPS)) {
			throw new InvalidInputException("addedTroops",
					Phrase.of("problem.scenario.addedTroops", "most", MAX_ADDED_TROOPS));
		}
	}

	boolean surgicalTeams() {
		return Boolean.TRUE.equals(tobSurgicalTeams);
	}

	/**
	 * A scenario from the latest deployment map with every other assumption at its
	 * default.
	 */
	static ScenarioRequest standard(String name, Kind kind, String risk, int addedTroops, boolean surgicalTeams) {
		return new ScenarioRequest(name, kind, null, risk, addedTroops, null, null, null, null, null, null,
				surgicalTeams);
	}

	Travel travelOrDefault() {
		return travel == null ? Travel.DEFAULT : travel;
	}

	CasevacStandard casevacOrDefault() {
		return casevac == null ? CasevacStandard.DEFAULT : casevac;
	}

	PlanningRules rulesOrDefault() {
		PlanningRules base = rules == null ? PlanningRules.DEFAULT : rules;
		return addedTroops == null ? base : base.withAddedTroops(addedTroops);
	}

	boolean forecastRisk() {
		return "forecast".equals(risk);
	}

}
