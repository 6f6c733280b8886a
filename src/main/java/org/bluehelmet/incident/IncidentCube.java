package org.bluehelmet.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.bluehelmet.geo.BoundingBox;
import org.bluehelmet.geo.Position;
import org.bluehelmet.geo.PrioGrid;
import org.bluehelmet.system.DataChanges;
import org.bluehelmet.system.Kept;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Incident counts per PRIO-GRID cell for a map's box and a period, answered from memory:
 * per mission, every incident's cell, day, category and deaths, sorted by cell and day,
 * with running sums of deaths. A query visits only the cells the box covers and finds the
 * period in each by binary search, so it costs O(cells in the box × log incidents per
 * cell) whatever the number of incidents. A mission's cube is built from the database on
 * first use (a few bytes per incident) and dropped after every change to its incidents,
 * on whichever server of the installation it was made ({@link DataChanges}).
 * <p>
 * Thread-safe.
 */
@Component
class IncidentCube {

	private final IncidentCountStore counts;

	private final TransactionTemplate readOnly;

	private final DataChanges changes;

	private final Kept<String, Cube> cubes;

	IncidentCube(IncidentCountStore counts, PlatformTransactionManager transactions, DataChanges changes) {
		this.counts = counts;
		this.changes = changes;
		this.cubes = changes.keep(DataChanges.Kind.INCIDENTS);
		changes.checkWith(DataChanges.Kind.INCIDENTS, counts::fingerprint);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Counts per cell with at least one incident, in gid order; every cell of the mission
	 * when the box is null.
	 */
	List<CellCount> count(String missionId, BoundingBox box, LocalDate from, LocalDate to, Set<IncidentCategory> only) {
		Cube cube = cubes.get(missionId, this::build);
		return cube.count(box, from == null ? Integer.MIN_VALUE : (int) from.toEpochDay(),
				to == null ? Integer.MAX_VALUE : (int) to.toEpochDay(), only);
	}

	/**
	 * Says that the mission's incidents changed (in the current transaction, if any):
	 * every server drops its cube and whatever else it built from them.
	 */
	void changed(String missionId) {
		changes.changed(DataChanges.Kind.INCIDENTS, missionId);
	}

	private Cube build(String missionId) {
		Cube.Builder builder = new Cube.Builder();
		readOnly.executeWithoutResult(tx -> counts.cubeRows(missionId, builder::add));
		return builder.build();
	}

	/** The sorted arrays of one mission. */
	private record Cube(int[] gids, int[] starts, int[] days, byte[] categories, long[] killedBefore) {

		/**
		 * Counts in the cells a box covers, or in every cell when the box is
		 * {@code null}.
		 */
		List<CellCount> count(BoundingBox box, int fromDay, int toDay, Set<IncidentCategory> only) {
			List<CellCount> counts = new ArrayList<>();
			if (box == null) {
				for (int cell = 0; cell < gids.length; cell++) {
					add(counts, count(cell, fromDay, toDay, only));
				}
				return counts;
			}
			for (int gid : PrioGrid.cellsCovering(box)) {
				int cell = Arrays.binarySearch(gids, gid);
				if (cell >= 0) {
					add(counts, count(cell, fromDay, toDay, only));
				}
			}
			return counts;
		}

		private static void add(List<CellCount> counts, CellCount count) {
			if (count.incidents() > 0) {
				counts.add(count);
			}
		}

		private CellCount count(int cell, int fromDay, int toDay, Set<IncidentCategory> only) {
			int lo = lowerBound(fromDay, starts[cell], starts[cell + 1]);
			int hi = lowerBound(toDay == Integer.MAX_VALUE ? toDay : toDay + 1, starts[cell], starts[cell + 1]);
			long incidents;
			long killed;
			if (only.isEmpty()) {
				incidents = hi - lo;
				killed = killedBefore[hi] - killedBefore[lo];
			}
			else {
				incidents = 0;
				killed = 0;
				for (int i = lo; i < hi; i++) {
					if (only.contains(IncidentCategory.values()[categories[i]])) {
						incidents++;
						killed += killedBefore[i + 1] - killedBefore[i];
					}
				}
			}
			Position centre = PrioGrid.centreOf(gids[cell]);
			return new CellCount(gids[cell], centre.lon(), centre.lat(), incidents, killed);
		}

		/** The first index in [from, to) whose day is at least {@code day}. */
		private int lowerBound(int day, int from, int to) {
			int lo = from;
			int hi = to;
			while (lo < hi) {
				int mid = (lo + hi) >>> 1;
				if (days[mid] < day) {
					lo = mid + 1;
				}
				else {
					hi = mid;
				}
			}
			return lo;
		}

		/** Collects rows that arrive in (gid, day) order. */
		static final class Builder {

			private int size;

			private int cells;

			private int[] gids = new int[64];

			private int[] starts = new int[65];

			private int[] days = new int[1024];

			private byte[] categories = new byte[1024];

			private long[] killedBefore = new long[1025];

			void add(int gid, LocalDate day, IncidentCategory category, int killed) {
				if (cells == 0 || gids[cells - 1] != gid) {
					if (cells == gids.length) {
						gids = Arrays.copyOf(gids, cells * 2);
						starts = Arrays.copyOf(starts, cells * 2 + 1);
					}
					gids[cells] = gid;
					starts[cells] = size;
					cells++;
				}
				if (size == days.length) {
					days = Arrays.copyOf(days, size * 2);
					categories = Arrays.copyOf(categories, size * 2);
					killedBefore = Arrays.copyOf(killedBefore, size * 2 + 1);
				}
				days[size] = (int) day.toEpochDay();
				categories[size] = (byte) category.ordinal();
				killedBefore[size + 1] = killedBefore[size] + killed;
				size++;
			}

			Cube build() {
				int[] cellStarts = Arrays.copyOf(starts, cells + 1);
				cellStarts[cells] = size;
				return new Cube(Arrays.copyOf(gids, cells), cellStarts, Arrays.copyOf(days, size),
						Arrays.copyOf(categories, size), Arrays.copyOf(killedBefore, size + 1));
			}

		}

	}

}
