package org.bluehelmet.posture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bluehelmet.mission.MissionService;
import org.bluehelmet.mission.Proposal;
import org.bluehelmet.text.Phrase;
import org.bluehelmet.warning.WarningService;
import org.springframework.stereotype.Service;

/**
 * The scenarios every planner of a mission starts from, kept until their inputs change.
 */
@Service
class StandardScenarios {

	private final PostureService posture;

	private final MissionService missions;

	private final WarningService warning;

	/**
	 * The standard scenarios per mission and risk, with the incidents' state they were
	 * computed for.
	 */
	private final Map<String, Standard> standard = new ConcurrentHashMap<>();

	private record Standard(long state, List<ScenarioResult> scenarios) {
	}

	StandardScenarios(PostureService posture, MissionService missions, WarningService warning) {
		this.posture = posture;
		this.missions = missions;
		this.warning = warning;
	}

	/**
	 * The scenarios every planner starts from: the latest deployment map as it was, the
	 * same troops with TOBs where the planner puts them, and for each proposal of the
	 * mission the planner with its added troops, without and with a surgical team at each
	 * TOB. Kept until incidents or deployments change.
	 */
	List<ScenarioResult> of(String missionId, String risk) {
		// Incidents change the demand; sites, deployments and facilities the reach.
		long state = warning.stateOf(missionId) * 1_000_003L + missions.version(missionId);
		Standard known = standard.get(missionId + "|" + risk);
		if (known != null && known.state() == state) {
			return known.scenarios();
		}
		List<ScenarioResult> fresh = new ArrayList<>();
		fresh.add(posture.asDeployed(missionId, risk));
		fresh.add(posture.evaluate(missionId,
				ScenarioRequest.standard("Planner, same troops", ScenarioRequest.Kind.PLANNED, risk, 0, false),
				Phrase.of("posture.sameTroops")));
		// One per proposal the mission has: its added troops, then with a surgical team
		// at
		// each TOB.
		for (Proposal proposal : missions.proposals(missionId)) {
			String name = String.format(Locale.ROOT, "Planner, %,d more troops (%s)", proposal.addedTroops(),
					proposal.name());
			Phrase label = Phrase.of("posture.moreTroops", "n", proposal.addedTroops(), "proposal", proposal.name());
			fresh.add(posture.evaluate(missionId,
					ScenarioRequest.standard(name, ScenarioRequest.Kind.PLANNED, risk, proposal.addedTroops(), false),
					label));
			fresh.add(posture.evaluate(
					missionId, ScenarioRequest.standard(name + ", TOBs with surgical teams",
							ScenarioRequest.Kind.PLANNED, risk, proposal.addedTroops(), true),
					Phrase.of("posture.withSurgicalTeams", "scenario", label)));
		}
		// One entry per mission and risk, replaced when the incidents change: memory
		// stays bounded.
		standard.put(missionId + "|" + risk, new Standard(state, List.copyOf(fresh)));
		return List.copyOf(fresh);
	}

}
