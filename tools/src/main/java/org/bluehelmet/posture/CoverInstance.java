package org.bluehelmet.posture;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Candidate sites and weighted demand points, by coordinates or (for network instances)
 * by a matrix of distances between nodes; {@link #problem} turns them into a covering
 * problem for a radius.
 *
 * @param siteIds the sites' names
 * @param siteX sites' x (or longitude)
 * @param siteY sites' y (or latitude)
 * @param demandX demand points' x
 * @param demandY demand points' y
 * @param weights demand weights
 * @param distances for network instances, distance from site j to demand point i as
 * {@code distances[j][i]}; otherwise {@code null}
 */
public record CoverInstance(List<String> siteIds, double[] siteX, double[] siteY, double[] demandX, double[] demandY,
		double[] weights, double[][] distances) {

	/**
	 * The covering problem: site j covers demand i when their distance is at most the
	 * radius.
	 */
	public CoverProblem problem(double radius, DistanceMetric metric, int p) {
		if (!(radius >= 0)) {
			throw new IllegalArgumentException("radius must not be negative, was " + radius);
		}
		List<int[]> rows = new ArrayList<>(siteIds.size());
		if (distances != null) {
			for (double[] row : distances) {
				rows.add(java.util.stream.IntStream.range(0, row.length).filter(i -> row[i] <= radius).toArray());
			}
			return CoverProblem.of(weights, rows, p);
		}
		// JTS's sort-tile-recursive R-tree finds candidates; the metric decides.
		STRtree index = new STRtree();
		for (int i = 0; i < weights.length; i++) {
			index.insert(new Envelope(demandX[i], demandX[i], demandY[i], demandY[i]), i);
		}
		index.build();
		for (int j = 0; j < siteIds.size(); j++) {
			double[] half = metric.halfWidths(siteY[j], radius);
			Envelope box = new Envelope(siteX[j] - half[0], siteX[j] + half[0], siteY[j] - half[1], siteY[j] + half[1]);
			List<?> candidates = index.query(box);
			int[] row = new int[candidates.size()];
			int n = 0;
			for (Object candidate : candidates) {
				int i = (Integer) candidate;
				if (metric.distance(siteX[j], siteY[j], demandX[i], demandY[i]) <= radius) {
					row[n++] = i;
				}
			}
			int[] sorted = Arrays.copyOf(row, n);
			Arrays.sort(sorted);
			rows.add(sorted);
		}
		return CoverProblem.of(weights, rows, p);
	}

	/**
	 * Sites from CSV {@code id,x,y} and demand from CSV {@code id,x,y,weight} (each with
	 * a header line).
	 */
	public static CoverInstance readCsv(Path sites, Path demand) throws IOException {
		List<String[]> siteRows = csvRows(sites, 3);
		List<String[]> demandRows = csvRows(demand, 4);
		double[] sx = new double[siteRows.size()];
		double[] sy = new double[siteRows.size()];
		List<String> ids = new ArrayList<>();
		for (int j = 0; j < siteRows.size(); j++) {
			String[] row = siteRows.get(j);
			ids.add(row[0]);
			sx[j] = number(row[1], sites, j + 2, "x");
			sy[j] = number(row[2], sites, j + 2, "y");
		}
		double[] dx = new double[demandRows.size()];
		double[] dy = new double[demandRows.size()];
		double[] w = new double[demandRows.size()];
		for (int i = 0; i < demandRows.size(); i++) {
			String[] row = demandRows.get(i);
			dx[i] = number(row[1], demand, i + 2, "x");
			dy[i] = number(row[2], demand, i + 2, "y");
			w[i] = number(row[3], demand, i + 2, "weight");
			if (w[i] < 0) {
				throw new IllegalArgumentException(demand + " line " + (i + 2) + ": weight must not be negative");
			}
		}
		return new CoverInstance(ids, sx, sy, dx, dy, w, null);
	}

	/**
	 * A São José dos Campos instance (Lorena & Pereira 2002): a first line with the node
	 * count, then {@code x y demand} per node; every node is a site and a demand point.
	 */
	public static CoverInstance readSjc(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		int n = (int) number(fields(lines.get(0))[0], file, 1, "node count");
		double[] x = new double[n];
		double[] y = new double[n];
		double[] w = new double[n];
		List<String> ids = new ArrayList<>();
		for (int k = 0; k < n; k++) {
			if (k + 1 >= lines.size()) {
				throw new IllegalArgumentException(file + ": " + n + " nodes announced, " + k + " found");
			}
			String[] f = fields(lines.get(k + 1));
			x[k] = number(f[0], file, k + 2, "x");
			y[k] = number(f[1], file, k + 2, "y");
			w[k] = number(f[2], file, k + 2, "demand");
			ids.add(Integer.toString(k + 1));
		}
		return new CoverInstance(ids, x, y, x, y, w, null);
	}

	/**
	 * A Galvão & ReVelle (1996) network instance: a first line with node and edge counts,
	 * then {@code i j length demand} per edge (1-based nodes; the demand column of line k
	 * is node k's demand). Distances are shortest paths (Floyd–Warshall).
	 */
	public static CoverInstance readGr(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		String[] head = fields(lines.get(0));
		int n = (int) number(head[0], file, 1, "node count");
		int edges = (int) number(head[1], file, 1, "edge count");
		double[][] d = new double[n][n];
		for (double[] row : d) {
			Arrays.fill(row, Double.POSITIVE_INFINITY);
		}
		double[] w = new double[n];
		for (int k = 0; k < edges; k++) {
			String[] f = fields(lines.get(k + 1));
			int i = (int) number(f[0], file, k + 2, "i") - 1;
			int j = (int) number(f[1], file, k + 2, "j") - 1;
			double length = number(f[2], file, k + 2, "length");
			d[i][j] = Math.min(d[i][j], length);
			d[j][i] = Math.min(d[j][i], length);
			if (k < n && f.length > 3) {
				w[k] = number(f[3], file, k + 2, "demand");
			}
		}
		for (int i = 0; i < n; i++) {
			d[i][i] = 0;
		}
		for (int k = 0; k < n; k++) {
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < n; j++) {
					if (d[i][k] + d[k][j] < d[i][j]) {
						d[i][j] = d[i][k] + d[k][j];
					}
				}
			}
		}
		List<String> ids = new ArrayList<>();
		for (int k = 0; k < n; k++) {
			ids.add(Integer.toString(k + 1));
		}
		double[] none = new double[n];
		return new CoverInstance(ids, none, none, none, none, w, d);
	}

	private static List<String[]> csvRows(Path file, int columns) throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String header = reader.readLine();
			if (header == null) {
				throw new IllegalArgumentException(file + " is empty");
			}
			String line;
			int number = 1;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				String[] f = line.split(",", -1);
				if (f.length < columns) {
					throw new IllegalArgumentException(
							file + " line " + number + ": " + columns + " columns expected, found " + f.length);
				}
				rows.add(f);
			}
		}
		return rows;
	}

	private static String[] fields(String line) {
		return line.trim().split("\\s+");
	}

	private static double number(String text, Path file, int line, String what) {
		try {
			double value = Double.parseDouble(text.trim());
			if (!Double.isFinite(value)) {
				throw new NumberFormatException();
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(
					String.format(Locale.ROOT, "%s line %d: %s '%s' is not a number", file, line, what, text));
		}
	}

}
