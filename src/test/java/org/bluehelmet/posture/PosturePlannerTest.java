package org.bluehelmet.posture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bluehelmet.geo.GridCell;
import org.bluehelmet.geo.Position;
import org.bluehelmet.geo.PrioGrid;
import org.junit.jupiter.api.Test;

/**
 * The planner's side constraints on a small case worked by hand: one camp at Mopti with
 * 750 troops (a garrison of 450 leaves two companies), one village 108 km east that the
 * camp cannot reach in three hours (about 290 minutes by road at 30 km/h, roads a third
 * longer) but a TOB there can, 146 km of road from the camp.
 */
class PosturePlannerTest {

	private static final Position CAMP = new Position(-4.0, 14.5);

	private static final Position VILLAGE = new Position(-3.0, 14.5);

	private final PosturePlanner planner = new PosturePlanner(Travel.DEFAULT, PlanningRules.DEFAULT);

	@Test
	void opensATobWhereTheCampCannotReachWithACompanyItCanSpare() {
		PosturePlanner.Plan plan = plan(camp(750), Caveats.NONE);
		assertThat(plan.tobs()).singleElement().satisfies(tob -> {
			assertThat(tob.name()).isEqualTo("Village");
			assertThat(tob.suppliedFrom()).isEqualTo("Mopti");
			assertThat(tob.troops()).isEqualTo(150);
		});
		assertThat(plan.objective()).isEqualTo(5_000);
		assertThat(plan.gap()).isZero();
	}

	@Test
	void aCampWithNoTroopsBeyondItsGarrisonOpensNothing() {
		assertThat(plan(camp(550), Caveats.NONE).tobs()).isEmpty();
	}

	@Test
	void troopsThatWillNotOperateAtNightStayInCamp() {
		// 600 of 750 will not operate at night: they stay, 150 are left, one company.
		assertThat(plan(camp(750), new Caveats(Map.of(), Map.of("Mopti", 600))).tobs()).hasSize(1);
		// All 750 will not: nobody can hold a TOB day and night.
		assertThat(plan(camp(750), new Caveats(Map.of(), Map.of("Mopti", 750))).tobs()).isEmpty();
	}

	@Test
	void aCampsCompaniesDoNotGoToASectorItsContingentsRefuse() {
		assertThat(plan(camp(750), new Caveats(Map.of("Mopti", Set.of("Centre")), Map.of())).tobs()).isEmpty();
		assertThat(plan(camp(750), new Caveats(Map.of("Mopti", Set.of("North")), Map.of())).tobs()).hasSize(1);
	}

	@Test
	void aTobMustLieWithinResupplyDistanceOfItsCamp() {
		PosturePlanner nearOnly = new PosturePlanner(Travel.DEFAULT, new PlanningRules(180, 100, 150, 450, 10, 0, 0.0));
		assertThat(nearOnly
			.plan(List.of(village()), List.of(camp(750)), List.of(candidate()), site -> true, Caveats.NONE, 5)
			.tobs()).isEmpty();
	}

	private PosturePlanner.Plan plan(PostureSite camp, Caveats caveats) {
		return planner.plan(List.of(village()), List.of(camp), List.of(candidate()), site -> true, caveats, 5);
	}

	private static PostureSite camp(int troops) {
		return new PostureSite("Mopti", PostureSite.Kind.CAMP, CAMP, PrioGrid.gidOf(CAMP), "Centre", troops, false,
				false, null);
	}

	private static PostureSite candidate() {
		return new PostureSite("Village", PostureSite.Kind.TOB, VILLAGE, PrioGrid.gidOf(VILLAGE), "Centre", 0, false,
				false, null);
	}

	/** 10,000 people, an attack on civilians in half the months: 5,000 people at risk. */
	private static DemandCell village() {
		GridCell cell = new GridCell(PrioGrid.gidOf(VILLAGE), VILLAGE, 3000.0, 0.0, 0, true, "Mopti", null, 10_000);
		return new DemandCell(cell, "Centre", 0.5, 6);
	}

}
