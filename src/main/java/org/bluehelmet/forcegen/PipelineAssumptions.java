package org.bluehelmet.forcegen;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;

/**
 * How long each step of the pipeline takes, as the user sets it.
 *
 * @param steps for each step after {@link PledgeStage#PLEDGED} but
 * {@link PledgeStage#CAMP_READY}: the time from the step before to this one
 * ({@link PledgeStage#DEPLOYED}: from the pre-deployment visit to arrival)
 * @param rapidDeployment for a unit at the Rapid Deployment Level: from today to arrival
 * @param campReady from selection to a ready camp
 * @param campBlockedShare the share of camps that the host state does not approve within
 * the horizon: the unit then does not arrive
 * @param horizonMonths how far ahead the simulation looks
 */
record PipelineAssumptions(Map<PledgeStage, StageDuration> steps, StageDuration rapidDeployment,
		StageDuration campReady, double campBlockedShare, int horizonMonths) {

	/** The steps of the pipeline proper, in order (the camp is readied beside them). */
	public static final List<PledgeStage> PIPELINE = List.of(PledgeStage.ASSESSMENT_VISIT, PledgeStage.LEVEL_2,
			PledgeStage.LEVEL_3, PledgeStage.SELECTED, PledgeStage.MOU, PledgeStage.PRE_DEPLOYMENT_VISIT,
			PledgeStage.DEPLOYED);

	public PipelineAssumptions {
		steps = Map.copyOf(steps);
		for (PledgeStage step : PIPELINE) {
			if (!steps.containsKey(step)) {
				throw new InvalidInputException("steps", "no duration for the step " + step);
			}
		}
		if (campBlockedShare < 0 || campBlockedShare > 1) {
			throw new InvalidInputException("campBlockedShare",
					Phrase.of("problem.forcegen.share", "value", campBlockedShare));
		}
		if (horizonMonths < 1 || horizonMonths > 120) {
			throw new InvalidInputException("horizonMonths",
					Phrase.of("problem.forcegen.horizon", "value", horizonMonths));
		}
	}

	/**
	 * The defaults: assumptions, to be replaced by the mission's own experience. They are
	 * set so that a pledge at level 1 takes about a year to arrive (the means of the
	 * steps add up to 370 days; the simulated median is 12 to 13 months), matching the
	 * figure that missions in Africa took about twelve months on average to reach their
	 * peak deployment (ten elsewhere); a unit at the Rapid Deployment Level arrives
	 * within the 60 days that level promises; one camp in ten is held up beyond the
	 * horizon.
	 */
	public static PipelineAssumptions defaults() {
		Map<PledgeStage, StageDuration> steps = new EnumMap<>(PledgeStage.class);
		steps.put(PledgeStage.ASSESSMENT_VISIT, new StageDuration(30, 60, 120));
		steps.put(PledgeStage.LEVEL_2, new StageDuration(14, 21, 60));
		steps.put(PledgeStage.LEVEL_3, new StageDuration(30, 60, 150));
		steps.put(PledgeStage.SELECTED, new StageDuration(14, 30, 90));
		steps.put(PledgeStage.MOU, new StageDuration(30, 45, 120));
		steps.put(PledgeStage.PRE_DEPLOYMENT_VISIT, new StageDuration(14, 21, 45));
		steps.put(PledgeStage.DEPLOYED, new StageDuration(21, 45, 90));
		return new PipelineAssumptions(steps, new StageDuration(30, 45, 60), new StageDuration(30, 90, 270), 0.10, 36);
	}

}
