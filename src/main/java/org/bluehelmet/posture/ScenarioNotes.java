package org.bluehelmet.posture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bluehelmet.text.Phrase;

/**
 * What a planned scenario's reader is told beside its figures: where troops come from,
 * why a plan gains what it does.
 */
final class ScenarioNotes {

	private ScenarioNotes() {
	}

	/** Where the TOBs' troops come from, and the added troops no TOB could take. */
	static List<Phrase> troopNotes(Map<String, Integer> drawn, PlanningRules rules) {
		List<Phrase> notes = new ArrayList<>();
		List<Phrase> fromCamps = drawn.entrySet()
			.stream()
			.filter(e -> !e.getKey().equals(PosturePlanner.ADDED_TROOPS))
			.sorted(Map.Entry.comparingByKey())
			.map(e -> Phrase.of("posture.campTroops", "camp", e.getKey(), "troops", e.getValue()))
			.toList();
		if (!fromCamps.isEmpty()) {
			// Listed as one value: each camp a phrase of its own, joined by the reader's
			// comma.
			Phrase list = fromCamps.stream()
				.reduce((a, b) -> Phrase.of("posture.list", "first", a, "rest", b))
				.orElseThrow();
			notes.add(Phrase.of("posture.troopsLeaveCamps", "garrison", rules.campGarrison(), "camps", list));
		}
		int placed = drawn.getOrDefault(PosturePlanner.ADDED_TROOPS, 0);
		if (rules.addedTroops() > placed) {
			notes.add(Phrase.of("posture.troopsAtNoSite", "unplaced", rules.addedTroops() - placed, "added",
					rules.addedTroops(), "km", (int) rules.resupplyKm(), "tobs", rules.maxTobs()));
		}
		return notes;
	}

	/** Why a plan gains what it gains, in words. */
	static List<Phrase> explain(PosturePlanner.Plan plan, PlanningRules rules) {
		List<Phrase> notes = new ArrayList<>();
		if (plan.tobs().isEmpty()) {
			notes.add(
					plan.candidatesConsidered() == 0 ? Phrase.of("posture.noTobCanOpen", "km", (int) rules.resupplyKm(),
							"outside", plan.candidatesOutsideCasevac()) : Phrase.of("posture.noTobAdds"));
		}
		if (!plan.method().contains("optimal") && plan.gap() > 1e-9) {
			notes.add(Phrase.of("posture.timeLimit", "percent", Math.round(1000 * plan.gap()) / 10.0));
		}
		return notes;
	}

}
