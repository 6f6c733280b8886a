package org.bluehelmet.geo;

import org.bluehelmet.system.InvalidInputException;

/**
 * The PRIO-GRID v2 raster (Tollefsen, Strand &amp; Buhaug 2012): 0.5° × 0.5° cells, 720
 * columns from longitude -180 eastwards and 360 rows from latitude -90 northwards, both
 * counted from 1. A cell's id is {@code gid = (row - 1) * 720 + col}, the id UCDP GED
 * calls {@code priogrid_gid} and Geo-PKO calls {@code prioid}.
 * <p>
 * Stateless and thread-safe.
 */
public final class PrioGrid {

	/** Cell size in degrees. */
	public static final double CELL_DEGREES = 0.5;

	static final int COLUMNS = 720;

	static final int ROWS = 360;

	private PrioGrid() {
	}

	/**
	 * The cell holding a position; a point on a cell edge belongs to the cell east or
	 * north of it, except on the 180th meridian and the north pole, which belong to the
	 * last column and row.
	 */
	public static int gidOf(Position position) {
		int col = Math.min(COLUMNS, (int) Math.floor((position.lon() + 180) / CELL_DEGREES) + 1);
		int row = Math.min(ROWS, (int) Math.floor((position.lat() + 90) / CELL_DEGREES) + 1);
		return gid(row, col);
	}

	public static int gid(int row, int col) {
		if (row < 1 || row > ROWS || col < 1 || col > COLUMNS) {
			throw new InvalidInputException("gid",
					"PRIO-GRID row must be 1-360 and column 1-720, was " + row + "/" + col);
		}
		return (row - 1) * COLUMNS + col;
	}

	public static int rowOf(int gid) {
		requireValid(gid);
		return (gid - 1) / COLUMNS + 1;
	}

	public static int colOf(int gid) {
		requireValid(gid);
		return (gid - 1) % COLUMNS + 1;
	}

	/** The cells whose squares a box touches, in gid order. */
	public static int[] cellsCovering(BoundingBox box) {
		int minCol = Math.min(COLUMNS, (int) Math.floor((box.minLon() + 180) / CELL_DEGREES) + 1);
		int maxCol = Math.min(COLUMNS, (int) Math.floor((box.maxLon() + 180) / CELL_DEGREES) + 1);
		int minRow = Math.min(ROWS, (int) Math.floor((box.minLat() + 90) / CELL_DEGREES) + 1);
		int maxRow = Math.min(ROWS, (int) Math.floor((box.maxLat() + 90) / CELL_DEGREES) + 1);
		int[] gids = new int[(maxCol - minCol + 1) * (maxRow - minRow + 1)];
		int i = 0;
		for (int row = minRow; row <= maxRow; row++) {
			for (int col = minCol; col <= maxCol; col++) {
				gids[i++] = gid(row, col);
			}
		}
		return gids;
	}

	/** The centre of a cell. */
	public static Position centreOf(int gid) {
		return new Position(-180 + (colOf(gid) - 0.5) * CELL_DEGREES, -90 + (rowOf(gid) - 0.5) * CELL_DEGREES);
	}

	private static void requireValid(int gid) {
		if (gid < 1 || gid > COLUMNS * ROWS) {
			throw new InvalidInputException("gid", "PRIO-GRID gid must be 1-259200, was " + gid);
		}
	}

}
