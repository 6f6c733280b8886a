package org.bluehelmet.warning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bluehelmet.geo.GridCell;

/**
 * The panel's history prepared once for the features: running sums, exponentially decayed
 * counts (half-lives of 2, 6 and 24 months) and months since the last event, per target,
 * cell and month; and the rings of cells one and two away.
 */
final class PanelHistory {

	/** Months since the last event when there was none in the panel. */
	static final int NEVER = 120;

	static final double[] HALF_LIVES = { 2, 6, 24 };

	private final CellMonthPanel panel;

	private final int months;

	private final int[][] ring1;

	private final int[][] ring2;

	/** [target][cell * (months + 1) + t + 1]: events up to month t. */
	private final int[][] cumulative;

	/** [target][halfLife][cell * months + t]. */
	private final float[][][] decayed;

	/** [target][cell * months + t]. */
	private final short[][] since;

	/** [target][area][t + 1]: the area's events up to month t. */
	private final long[][][] areaCumulative;

	PanelHistory(CellMonthPanel panel) {
		this.panel = panel;
		this.months = panel.monthIndex(panel.last()) + 1;
		List<GridCell> cells = panel.cells();
		Map<Integer, Integer> index = new HashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			index.put(cells.get(i).gid(), i);
		}
		ring1 = new int[cells.size()][];
		ring2 = new int[cells.size()][];
		for (int i = 0; i < cells.size(); i++) {
			ring1[i] = ring(index, cells.get(i).gid(), 1);
			ring2[i] = ring(index, cells.get(i).gid(), 2);
		}
		int targets = ForecastTarget.values().length;
		cumulative = new int[targets][cells.size() * (months + 1)];
		decayed = new float[targets][HALF_LIVES.length][cells.size() * months];
		since = new short[targets][cells.size() * months];
		int areas = 1;
		for (int c = 0; c < cells.size(); c++) {
			areas = Math.max(areas, panel.groupOf(c) + 1);
		}
		areaCumulative = new long[targets][areas][months + 1];
		for (ForecastTarget target : ForecastTarget.values()) {
			int k = target.ordinal();
			for (int c = 0; c < cells.size(); c++) {
				if (!cells.get(c).centreInCountry()) {
					continue;
				}
				long[] sums = areaCumulative[k][panel.groupOf(c)];
				for (int t = 0; t < months; t++) {
					sums[t + 1] += panel.value(target, c, t);
				}
			}
			for (long[] sums : areaCumulative[k]) {
				for (int t = 0; t < months; t++) {
					sums[t + 1] += sums[t];
				}
			}
			for (int c = 0; c < cells.size(); c++) {
				int last = -NEVER;
				for (int t = 0; t < months; t++) {
					int v = panel.value(target, c, t);
					cumulative[k][c * (months + 1) + t + 1] = cumulative[k][c * (months + 1) + t] + v;
					for (int d = 0; d < HALF_LIVES.length; d++) {
						float before = t == 0 ? 0 : decayed[k][d][c * months + t - 1];
						decayed[k][d][c * months + t] = (float) (v + before * Math.pow(0.5, 1 / HALF_LIVES[d]));
					}
					if (v > 0) {
						last = t;
					}
					since[k][c * months + t] = (short) Math.min(NEVER, t - last);
				}
			}
		}
	}

	/**
	 * The area's events in the {@code window} months up to and including {@code t}.
	 */
	float areaSum(ForecastTarget target, int area, int t, int window) {
		if (t < 0) {
			return 0;
		}
		long[] sums = areaCumulative[target.ordinal()][area];
		return sums[t + 1] - sums[Math.max(0, t + 1 - window)];
	}

	private static int[] ring(Map<Integer, Integer> index, int gid, int distance) {
		List<Integer> around = new ArrayList<>();
		for (int dr = -distance; dr <= distance; dr++) {
			for (int dc = -distance; dc <= distance; dc++) {
				Integer n = index.get(gid + dr * 720 + dc);
				if (Math.max(Math.abs(dr), Math.abs(dc)) == distance && n != null) {
					around.add(n);
				}
			}
		}
		return around.stream().mapToInt(Integer::intValue).toArray();
	}

	int[] ring1(int cell) {
		return ring1[cell];
	}

	int[] ring2(int cell) {
		return ring2[cell];
	}

	/** Events in the {@code window} months up to and including {@code t}. */
	int sum(ForecastTarget target, int c, int t, int window) {
		if (t < 0) {
			return 0;
		}
		int base = c * (months + 1);
		return cumulative[target.ordinal()][base + t + 1]
				- cumulative[target.ordinal()][base + Math.max(0, t + 1 - window)];
	}

	float decayed(ForecastTarget target, int halfLife, int c, int t) {
		return t < 0 ? 0 : decayed[target.ordinal()][halfLife][c * months + t];
	}

	int since(ForecastTarget target, int c, int t) {
		return t < 0 ? NEVER : since[target.ordinal()][c * months + t];
	}

}
