package org.bluehelmet.forcegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ArrivalSimulationTest {

	static final LocalDate TODAY = LocalDate.of(2021, 7, 1);

	static final PipelineAssumptions DEFAULTS = PipelineAssumptions.defaults();

	@Test
	void aUnitAtTheRapidDeploymentLevelWithItsCampReadyArrivesWithinSixtyDaysInEveryRun() {
		Pledge rapid = pledge(1, ReadinessLevel.RAPID_DEPLOYMENT, PledgeStage.CAMP_READY,
				reached(PledgeStage.LEVEL_3, TODAY.minusMonths(2), PledgeStage.CAMP_READY, TODAY.minusMonths(1)));
		ArrivalForecast.PledgeArrival arrival = simulate(List.of(rapid)).pledges().get(0);
		assertThat(arrival.arrivalShare()).isEqualTo(1.0);
		assertThat(ChronoUnit.DAYS.between(TODAY, arrival.p90())).isBetween(30L, 60L);
	}

	@Test
	void aDeployedUnitArrivedOnTheDayRecorded() {
		LocalDate arrived = LocalDate.of(2020, 11, 3);
		Pledge deployed = pledge(2, ReadinessLevel.LEVEL_3, PledgeStage.DEPLOYED,
				reached(PledgeStage.DEPLOYED, arrived));
		ArrivalForecast.PledgeArrival arrival = simulate(List.of(deployed)).pledges().get(0);
		assertThat(List.of(arrival.p10(), arrival.p50(), arrival.p90())).containsOnly(arrived);
	}

	@Test
	void aFreshPledgeTakesAboutAYearAndOneCampInTenHoldsItBeyondTheHorizon() {
		Pledge fresh = pledge(3, ReadinessLevel.LEVEL_1, PledgeStage.PLEDGED, reached(PledgeStage.PLEDGED, TODAY));
		ArrivalForecast.PledgeArrival arrival = simulate(List.of(fresh)).pledges().get(0);
		assertThat(arrival.arrivalShare()).isCloseTo(0.90, within(0.01));
		assertThat(ChronoUnit.MONTHS.between(TODAY, arrival.p50())).isBetween(11L, 14L);
		assertThat(arrival.p10()).isBefore(arrival.p50());
		assertThat(arrival.p90()).isAfter(arrival.p50());
	}

	@Test
	void aUnitReadyToMoveStillWaitsForItsCamp() {
		Map<PledgeStage, StageDuration> steps = new EnumMap<>(DEFAULTS.steps());
		PipelineAssumptions slowCamp = new PipelineAssumptions(steps, DEFAULTS.rapidDeployment(),
				new StageDuration(200, 250, 300), 0, 36);
		Pledge ready = pledge(4, ReadinessLevel.LEVEL_3, PledgeStage.PRE_DEPLOYMENT_VISIT,
				reached(PledgeStage.SELECTED, TODAY, PledgeStage.PRE_DEPLOYMENT_VISIT, TODAY));
		ArrivalForecast.PledgeArrival arrival = ArrivalSimulation.run(List.of(ready), slowCamp, TODAY, 2000, 7, true)
			.pledges()
			.get(0);
		assertThat(ChronoUnit.DAYS.between(TODAY, arrival.p10())).isGreaterThanOrEqualTo(200);
		assertThat(arrival.arrivalShare()).isEqualTo(1.0);
	}

	@Test
	void dependsOnTheSeedOnlyNotOnTheThreads() {
		List<Pledge> pledges = List.of(
				pledge(5, ReadinessLevel.LEVEL_2, PledgeStage.LEVEL_2,
						reached(PledgeStage.LEVEL_2, TODAY.minusDays(40))),
				pledge(6, ReadinessLevel.LEVEL_1, PledgeStage.PLEDGED, reached(PledgeStage.PLEDGED, TODAY)));
		ArrivalForecast parallel = ArrivalSimulation.run(pledges, DEFAULTS, TODAY, 3000, 42, true);
		ArrivalForecast sequential = ArrivalSimulation.run(pledges, DEFAULTS, TODAY, 3000, 42, false);
		assertThat(parallel).isEqualTo(sequential);
		assertThat(ArrivalSimulation.run(pledges, DEFAULTS, TODAY, 3000, 43, true)).isNotEqualTo(parallel);
	}

	@Test
	void theFanChartNeverShrinksAndEndsWithTheUnitsThatArrive() {
		List<Pledge> pledges = List.of(
				pledge(7, ReadinessLevel.LEVEL_3, PledgeStage.SELECTED, reached(PledgeStage.SELECTED, TODAY)),
				pledge(8, ReadinessLevel.RAPID_DEPLOYMENT, PledgeStage.LEVEL_3,
						reached(PledgeStage.LEVEL_3, TODAY.minusDays(10))));
		List<ArrivalForecast.MonthStrength> fan = simulate(pledges).strength();
		assertThat(fan).hasSize(DEFAULTS.horizonMonths() + 1);
		for (int m = 1; m < fan.size(); m++) {
			assertThat(fan.get(m).p50()).isGreaterThanOrEqualTo(fan.get(m - 1).p50());
			assertThat(fan.get(m).p10()).isLessThanOrEqualTo(fan.get(m).p50());
			assertThat(fan.get(m).p90()).isGreaterThanOrEqualTo(fan.get(m).p50());
		}
		assertThat(fan.get(0).p90()).isZero();
		assertThat(fan.get(fan.size() - 1).p90()).isEqualTo(1700);
	}

	@Test
	void aPledgeKnownOnlyByItsReadyCampStillGoesThroughTheRestOfThePipeline() {
		// Found by bench forcegen: only the camp's date recorded.
		Pledge campOnly = pledge(9, ReadinessLevel.LEVEL_1, PledgeStage.CAMP_READY,
				reached(PledgeStage.CAMP_READY, TODAY.minusDays(20)));
		ArrivalForecast.PledgeArrival arrival = simulate(List.of(campOnly)).pledges().get(0);
		assertThat(arrival.arrivalShare()).isEqualTo(1.0);
		assertThat(ChronoUnit.MONTHS.between(TODAY, arrival.p50())).isBetween(9L, 14L);
	}

	private static ArrivalForecast simulate(List<Pledge> pledges) {
		return ArrivalSimulation.run(pledges, DEFAULTS, TODAY, 10_000, 2021, true);
	}

	static Pledge pledge(long id, ReadinessLevel readiness, PledgeStage stage, Map<PledgeStage, LocalDate> reached) {
		return new Pledge(id, "minusma", "P-" + id, List.of("Senegal"), Capability.INFANTRY_BATTALION, 850, 85, "APCs",
				readiness, List.of(), stage, reached, null, null);
	}

	static Map<PledgeStage, LocalDate> reached(Object... stagesAndDates) {
		Map<PledgeStage, LocalDate> reached = new EnumMap<>(PledgeStage.class);
		for (int i = 0; i < stagesAndDates.length; i += 2) {
			reached.put((PledgeStage) stagesAndDates[i], (LocalDate) stagesAndDates[i + 1]);
		}
		return reached;
	}

}
