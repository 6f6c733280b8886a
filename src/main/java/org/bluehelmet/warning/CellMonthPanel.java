package org.bluehelmet.warning;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bluehelmet.geo.GridCell;
import org.bluehelmet.geo.Position;
import org.bluehelmet.geo.PrioGrid;
import org.bluehelmet.incident.IncidentCategory;
import org.bluehelmet.incident.NewIncident;

/**
 * Counts per PRIO-GRID cell and calendar month, for every cell of an area and every month
 * from the first event's to a last month: deaths and attacks on civilians. An event
 * counts in the month it started and in the cell of its position; events outside the
 * area's cells are left out. Not thread-safe while being filled; read-only after.
 */
public final class CellMonthPanel {

	private final List<GridCell> cells;

	/**
	 * Cells {@code [0, areaSize)} are the area forecast; the others, context to learn
	 * from.
	 */
	private final int areaSize;

	/** The last month index whose events each cell's source records (later: unknown). */
	private final int[] coveredUntil;

	/** Which area each cell belongs to: 0 for the area forecast, 1, 2… for context. */
	private final int[] group;

	private final Map<Integer, Integer> indexOfGid = new HashMap<>();

	private final YearMonth first;

	private final int months;

	private final int[][][] values;

	/** Kilometres from each cell's centre to the nearest site of the force, per month. */
	private float[][] siteKm;

	/**
	 * An empty panel.
	 * @param cells the area's cells
	 * @param first the first month
	 * @param last the last month (inclusive)
	 */
	public CellMonthPanel(List<GridCell> cells, YearMonth first, YearMonth last) {
		this(cells, List.of(), first, last);
	}

	/**
	 * An empty panel of an area and, beyond it, other areas' cells that a learned model
	 * pools with it (Hegre et al. 2022: one model over many areas learns more than one
	 * per area); only the area is forecast and scored. A context cell whose gid is in the
	 * area is left out: the area's own record of it wins.
	 * @param area the area's cells
	 * @param context other areas' cells
	 * @param first the first month
	 * @param last the last month (inclusive)
	 */
	public CellMonthPanel(List<GridCell> area, List<GridCell> context, YearMonth first, YearMonth last) {
		List<GridCell> all = new java.util.ArrayList<>(area);
		java.util.Set<Integer> added = new java.util.HashSet<>();
		area.forEach(cell -> added.add(cell.gid()));
		for (GridCell cell : context) {
			if (added.add(cell.gid())) {
				all.add(cell);
			}
		}
		this.cells = List.copyOf(all);
		this.areaSize = area.size();
		this.first = first;
		this.months = (int) ChronoUnit.MONTHS.between(first, last) + 1;
		for (int i = 0; i < this.cells.size(); i++) {
			indexOfGid.put(this.cells.get(i).gid(), i);
		}
		this.values = new int[ForecastTarget.values().length][this.cells.size()][Math.max(0, months)];
		this.coveredUntil = new int[this.cells.size()];
		Arrays.fill(this.coveredUntil, this.months - 1);
		this.group = new int[this.cells.size()];
	}

	/** Says that these cells form one area of context (a country, a mission). */
	public void group(java.util.Collection<Integer> cellIndexes, int area) {
		cellIndexes.forEach(c -> group[c] = area);
	}

	/** The area a cell belongs to: 0 for the area forecast. */
	public int groupOf(int cell) {
		return group[cell];
	}

	/** How many of the cells, from the first, are the area (the others are context). */
	public int areaSize() {
		return areaSize;
	}

	/**
	 * Says that the source of these cells' events ends with {@code until}: their later
	 * months are unknown, not quiet, and nothing learns from them (one country's file may
	 * end a year before another's).
	 */
	public void coveredUntil(java.util.Collection<Integer> cellIndexes, YearMonth until) {
		int m = Math.min(months - 1, monthIndex(until));
		cellIndexes.forEach(c -> coveredUntil[c] = m);
	}

	/** Whether the cell's events of that month index are known. */
	public boolean covered(int cell, int month) {
		return month <= coveredUntil[cell];
	}

	/** The index of the cell with this gid, or -1. */
	public int indexOf(int gid) {
		return indexOfGid.getOrDefault(gid, -1);
	}

	/**
	 * Places the force (the panel's distance to the nearest site, shown among an alert's
	 * drivers; as a feature of the learned model it made the backtest worse, see
	 * BENCHMARKS.md): for each month of the panel, the great-circle distance from each
	 * cell's centre to the nearest site in force that month ({@code sitesAt} gives them;
	 * none known: unknown distance).
	 */
	public void placeSites(Function<YearMonth, List<Position>> sitesAt) {
		siteKm = new float[cells.size()][Math.max(0, months)];
		List<Position> previous = null;
		float[] distances = new float[cells.size()];
		for (int m = 0; m < months; m++) {
			List<Position> sites = sitesAt.apply(first.plusMonths(m));
			if (!sites.equals(previous)) {
				for (int c = 0; c < cells.size(); c++) {
					double best = Double.NaN;
					for (Position site : sites) {
						double km = cells.get(c).centre().distanceKm(site);
						best = Double.isNaN(best) ? km : Math.min(best, km);
					}
					distances[c] = (float) best;
				}
				previous = sites;
			}
			for (int c = 0; c < cells.size(); c++) {
				siteKm[c][m] = distances[c];
			}
		}
	}

	/** Kilometres to the nearest site in that month, or NaN when unknown. */
	public float siteKm(int cell, int month) {
		return siteKm == null || month < 0 || month >= months ? Float.NaN : siteKm[cell][month];
	}

	/** Adds an event; returns whether it fell in the panel's cells and months. */
	public boolean add(NewIncident event) {
		Integer cell = indexOfGid.get(PrioGrid.gidOf(event.position()));
		int month = monthIndex(YearMonth.from(event.occurredOn()));
		if (cell == null || month < 0 || month >= months) {
			return false;
		}
		values[ForecastTarget.FATALITIES.ordinal()][cell][month] += event.casualties().killed();
		if (event.category() == IncidentCategory.ATTACK_ON_CIVILIANS) {
			values[ForecastTarget.CIVILIAN_ATTACKS.ordinal()][cell][month]++;
		}
		return true;
	}

	public List<GridCell> cells() {
		return cells;
	}

	public YearMonth first() {
		return first;
	}

	public YearMonth last() {
		return first.plusMonths(months - 1L);
	}

	public int monthIndex(YearMonth month) {
		return (int) ChronoUnit.MONTHS.between(first, month);
	}

	/** A cell's value in a month (0 before the panel's first month). */
	public int value(ForecastTarget target, int cell, int month) {
		return month < 0 ? 0 : values[target.ordinal()][cell][month];
	}

	/** A cell's values from month {@code from} (inclusive) to {@code to} (exclusive). */
	public int[] window(ForecastTarget target, int cell, int from, int to) {
		int[] window = new int[to - from];
		for (int m = from; m < to; m++) {
			window[m - from] = value(target, cell, m);
		}
		return window;
	}

	/** The last month in which anything was recorded, or {@code null} if none. */
	public YearMonth lastMonthWithEvents() {
		for (int m = months - 1; m >= 0; m--) {
			for (int[][] target : values) {
				for (int[] cell : target) {
					if (cell[m] != 0) {
						return first.plusMonths(m);
					}
				}
			}
		}
		return null;
	}

	/** Total over all cells and months, for checks. */
	public long total(ForecastTarget target) {
		return Arrays.stream(values[target.ordinal()]).flatMapToInt(Arrays::stream).asLongStream().sum();
	}

}
