package org.bluehelmet.posture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The covering solver against exact solves and hand-checked answers. */
class CoverSolverTest {

	static Path instance(String name) {
		return Path.of("..", "shared", "bench", "mclp", name);
	}

	@Test
	void provesTheOptimumOfPublishedInstancesAsAnExactSolveFindsIt() throws Exception {
		CoverInstance sjc = CoverInstance.readSjc(instance("SJC500.txt"));
		assertThat(sjc.weights()).hasSize(500);
		for (int p : new int[] { 2, 5, 10 }) {
			CoverProblem problem = sjc.problem(800, DistanceMetric.EUCLIDEAN, p);
			CoverSolution ours = new CoverSolver().solve(problem, 20);
			CoverSolution exact = CpSatCover.solve(problem, new int[0], 60, 8);
			assertThat(exact.provenOptimal()).isTrue();
			assertThat(ours.provenOptimal()).as("p=%d: %s", p, ours).isTrue();
			assertThat(ours.objective()).isEqualTo(exact.objective());
			assertThat(ours.selected()).hasSizeLessThanOrEqualTo(p);
			assertThat(problem.value(ours.selected())).isEqualTo(ours.objective());
		}
	}

	@Test
	void lagrangianRelaxationBoundsTheOptimumFromAbove() throws Exception {
		CoverProblem problem = CoverInstance.readSjc(instance("SJC402.txt"))
			.problem(800, DistanceMetric.EUCLIDEAN, 5)
			.aggregated();
		CoverSolution exact = CpSatCover.solve(problem, new int[0], 60, 8);
		LagrangianCover lagrangian = new LagrangianCover(problem, SwapSearch.greedy(problem));
		lagrangian.run(System.nanoTime() + 10_000_000_000L, 2000);
		assertThat(lagrangian.bound()).isGreaterThanOrEqualTo(exact.objective());
		assertThat(lagrangian.value()).isLessThanOrEqualTo(exact.objective())
			.isEqualTo(problem.value(lagrangian.sites()));
		// Within 5% of the optimum from both sides on this instance (measured: the
		// solution
		// 3.4% below). The relaxation is the fallback for huge problems, not the default.
		assertThat(lagrangian.bound()).isLessThan(1.05 * exact.objective());
		assertThat(lagrangian.value()).isGreaterThan(0.95 * exact.objective());
	}

	@Test
	void readsNetworkInstancesWithShortestPathDistances() throws Exception {
		CoverInstance gr = CoverInstance.readGr(instance("GR100.txt"));
		assertThat(gr.weights()).hasSize(100);
		assertThat(gr.weights()[0]).isEqualTo(29.87868269);
		// Symmetric, zero on the diagonal, and no shorter path through a third node.
		double[][] d = gr.distances();
		for (int i = 0; i < 100; i += 7) {
			assertThat(d[i][i]).isZero();
			for (int j = 0; j < 100; j += 5) {
				assertThat(d[i][j]).isEqualTo(d[j][i]);
				for (int k = 0; k < 100; k += 3) {
					assertThat(d[i][j]).isLessThanOrEqualTo(d[i][k] + d[k][j] + 1e-9);
				}
			}
		}
		CoverProblem problem = gr.problem(30, DistanceMetric.EUCLIDEAN, 5);
		CoverSolution ours = new CoverSolver().solve(problem, 20);
		CoverSolution exact = CpSatCover.solve(problem, new int[0], 60, 8);
		assertThat(ours.objective()).isCloseTo(exact.objective(), org.assertj.core.data.Offset.offset(1e-6));
		assertThat(ours.gap()).isLessThan(1e-6);
	}

	@Test
	void aHandCheckedInstance() {
		// Sites 0, 1, 2 cover demand {0,1}, {1,2,3}, {3,4}; weights 5, 1, 1, 1, 4.
		CoverProblem problem = CoverProblem.of(new double[] { 5, 1, 1, 1, 4 },
				List.of(new int[] { 0, 1 }, new int[] { 1, 2, 3 }, new int[] { 3, 4 }), 2);
		CoverSolution solution = new CoverSolver().solve(problem, 5);
		assertThat(solution.objective()).isEqualTo(11);
		assertThat(solution.selected()).containsExactlyInAnyOrder(0, 2);
		assertThat(solution.bound()).isEqualTo(11);
	}

	@Test
	void mergingDemandKeepsTheValueOfEveryChoiceOfSites() {
		CoverInstance generated = CoverInstanceGenerator.generate(5000, 80, 7);
		CoverProblem problem = generated.problem(60, DistanceMetric.EUCLIDEAN, 6);
		CoverProblem merged = problem.aggregated();
		assertThat(merged.demandCount()).isLessThan(problem.demandCount());
		SplittableRandom random = new SplittableRandom(3);
		for (int trial = 0; trial < 50; trial++) {
			int[] sites = random.ints(6, 0, 80).distinct().toArray();
			assertThat(merged.value(sites)).isCloseTo(problem.value(sites), org.assertj.core.data.Offset.offset(1e-6));
		}
	}

	@Test
	void haversineCoverageMatchesTheDistance() {
		CoverInstance towns = new CoverInstance(List.of("Mopti", "Gao"), new double[] { -4.197, -0.044 },
				new double[] { 14.484, 16.272 }, new double[] { -4.197, -3.0, -0.044, -3.4 },
				new double[] { 14.6, 14.5, 16.0, 16.27 }, new double[] { 1, 1, 1, 1 }, null);
		CoverProblem problem = towns.problem(150, DistanceMetric.HAVERSINE, 2);
		// Mopti reaches the point 13 km north and the one 129 km east, not Gao's; Gao
		// only its own.
		assertThat(problem.value(new int[] { 0 })).isEqualTo(2);
		assertThat(problem.value(new int[] { 1 })).isEqualTo(1);
	}

	@Test
	void refusesNegativeWeights() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> CoverProblem.of(new double[] { -1 }, List.of(new int[] { 0 }), 1))
			.hasMessageContaining("not negative");
	}

}
