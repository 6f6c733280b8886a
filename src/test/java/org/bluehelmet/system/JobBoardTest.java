package org.bluehelmet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Background jobs are bounded per person and per mission (issue 14, finding 6). */
class JobBoardTest {

	record Job(String id, String mission, String user, boolean underWay) {
	}

	private final JobBoard<Job> board = new JobBoard<>("test job", "test-jobs", 100, Job::id, Job::mission, Job::user,
			Job::underWay);

	@AfterEach
	void stop() {
		board.stop();
	}

	@Test
	void refusesAThirdJobOfOnePersonWhileTwoAreUnderWay() {
		board.submit(new Job("1", "m", "viewer", true), other -> false);
		board.submit(new Job("2", "m", "viewer", true), other -> false);
		assertThatThrownBy(() -> board.submit(new Job("3", "m", "viewer", true), other -> false))
			.isInstanceOf(TooManyJobsException.class)
			.hasMessageContaining("you have 2 test jobs under way");
		board.put(new Job("1", "m", "viewer", false));
		assertThat(board.submit(new Job("3", "m", "viewer", true), other -> false).id()).isEqualTo("3");
	}

	@Test
	void refusesAJobOfAMissionWithFourUnderWay() {
		for (int i = 0; i < JobBoard.PER_MISSION; i++) {
			board.submit(new Job("j" + i, "busy", "user" + i, true), other -> false);
		}
		assertThatThrownBy(() -> board.submit(new Job("x", "busy", "someone", true), other -> false))
			.isInstanceOf(TooManyJobsException.class)
			.hasMessageContaining("the mission has 4");
		assertThat(board.submit(new Job("y", "calm", "someone", true), other -> false).id()).isEqualTo("y");
	}

	@Test
	void answersTheSameWorkWithTheJobUnderWayEvenAtTheLimit() {
		board.submit(new Job("1", "m", "analyst", true), other -> false);
		board.submit(new Job("2", "m", "analyst", true), other -> false);
		assertThat(board.submit(new Job("3", "m", "analyst", true), other -> other.id().equals("2")).id())
			.isEqualTo("2");
	}

}
