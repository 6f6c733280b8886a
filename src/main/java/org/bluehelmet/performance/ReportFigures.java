package org.bluehelmet.performance;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.bluehelmet.geo.PrioGrid;
import org.bluehelmet.incident.Incident;
import org.bluehelmet.incident.IncidentCategory;
import org.bluehelmet.posture.PostureSite;
import org.bluehelmet.posture.ScenarioResult;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.locationtech.jts.geom.Envelope;

/**
 * The report's pictures, as images (PNG for the HTML report): the month's map (the
 * mission area's cells by whether the camps reach their people at risk, the camps, the
 * month's incidents) drawn with Java2D in an equirectangular projection over the
 * mission's own country, and each indicator's series with its target (JFreeChart).
 */
final class ReportFigures {

	private static final Color ATTACK = new Color(0xb0, 0x3a, 0x2e);

	private static final Color OTHER = new Color(0x55, 0x55, 0x55);

	private static final Color CAMP = new Color(0x1f, 0x4e, 0x79);

	private ReportFigures() {
	}

	/**
	 * The month's map, {@code width} pixels wide: an image, which the PDF takes as it is
	 * and the HTML as {@link #png}.
	 */
	static BufferedImage map(MonthlyReport report, int width) {
		ScenarioResult posture = report.posture();
		List<double[]> cells = new ArrayList<>();
		if (posture != null) {
			for (ScenarioResult.CellState c : posture.cells()) {
				cells.add(new double[] { c.lon(), c.lat(), c.peopleAtRisk(), c.withinReach() ? 1 : 0 });
			}
		}
		// The frame: the mission's country, its cells and the month's incidents, so that
		// a mission anywhere is drawn where it is.
		Envelope frame = new Envelope();
		if (report.mapBase() != null && !report.mapBase().border().isEmpty()) {
			frame.expandToInclude(report.mapBase().border().getEnvelopeInternal());
		}
		for (double[] c : cells) {
			frame.expandToInclude(c[0] - 0.25, c[1] - 0.25);
			frame.expandToInclude(c[0] + 0.25, c[1] + 0.25);
		}
		for (Incident i : report.incidents()) {
			frame.expandToInclude(i.report().position().lon(), i.report().position().lat());
		}
		if (frame.isNull()) {
			// Nothing to place: a blank square degree at the origin under the legend.
			frame.expandToInclude(0, 0);
		}
		// A single incident and nothing else would give a frame of no size.
		frame.expandBy(frame.getWidth() < 0.5 || frame.getHeight() < 0.5 ? 0.5 : 0);
		double west = frame.getMinX();
		double east = frame.getMaxX();
		double south = frame.getMinY();
		double north = frame.getMaxY();
		// Degrees of longitude shrink with latitude: scale x by the cosine at the centre.
		double kx = Math.cos(Math.toRadians((south + north) / 2));
		double scale = (width - 20) / ((east - west) * kx);
		int height = (int) Math.ceil((north - south) * scale) + 70;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		Projection p = new Projection(west, north, scale, kx);
		double maxRisk = cells.stream().mapToDouble(c -> c[2]).max().orElse(1);
		for (double[] c : cells) {
			double shade = c[2] <= 0 ? 0 : 0.15 + 0.75 * Math.sqrt(c[2] / Math.max(1, maxRisk));
			Color base = c[3] > 0 ? new Color(0x41, 0x8f, 0xde) : ATTACK;
			g.setColor(c[2] <= 0 ? new Color(0xee, 0xf1, 0xf4) : blend(base, shade));
			Rectangle2D cell = p.cell(c[0], c[1]);
			g.fill(cell);
			g.setColor(new Color(0xd9, 0xe1, 0xea));
			g.setStroke(new BasicStroke(0.5f));
			g.draw(cell);
		}
		if (posture != null) {
			for (PostureSite site : posture.sites()) {
				double r = 3 + Math.sqrt(site.troops()) / 8;
				double[] xy = p.xy(site.position().lon(), site.position().lat());
				g.setColor(CAMP);
				g.setStroke(new BasicStroke(2f));
				g.draw(new Ellipse2D.Double(xy[0] - r, xy[1] - r, 2 * r, 2 * r));
			}
		}
		drawBase(g, p, report.mapBase());
		for (Incident i : report.incidents()) {
			double[] xy = p.xy(i.report().position().lon(), i.report().position().lat());
			boolean attack = i.report().category() == IncidentCategory.ATTACK_ON_CIVILIANS;
			g.setColor(attack ? ATTACK : OTHER);
			double r = attack ? 4 : 3;
			g.fill(new Ellipse2D.Double(xy[0] - r, xy[1] - r, 2 * r, 2 * r));
			g.setColor(Color.WHITE);
			g.setStroke(new BasicStroke(0.8f));
			g.draw(new Ellipse2D.Double(xy[0] - r, xy[1] - r, 2 * r, 2 * r));
		}
		legend(g, report.words(), height - 55, width);
		g.dispose();
		return image;
	}

	/**
	 * The border (dark), the sectors' outlines (dashed, named) and the largest towns
	 * (named).
	 */
	private static void drawBase(Graphics2D g, Projection p, ReportMapBase base) {
		if (base == null) {
			return;
		}
		g.setColor(new Color(0x8a, 0x8f, 0x96));
		g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] { 6, 4 }, 0));
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
		for (Map.Entry<String, org.locationtech.jts.geom.Geometry> sector : base.sectors().entrySet()) {
			g.setColor(new Color(0x8a, 0x8f, 0x96));
			g.draw(path(p, sector.getValue()));
			org.locationtech.jts.geom.Point centre = sector.getValue().getInteriorPoint();
			if (!centre.isEmpty()) {
				double[] xy = p.xy(centre.getX(), centre.getY());
				g.setColor(new Color(0x5f, 0x65, 0x6c));
				g.drawString(sector.getKey().toUpperCase(java.util.Locale.ROOT), (float) xy[0] - 20, (float) xy[1]);
			}
		}
		g.setColor(new Color(0x1d, 0x27, 0x33));
		g.setStroke(new BasicStroke(2.2f));
		g.draw(path(p, base.border()));
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		for (org.bluehelmet.geo.Place town : base.towns()) {
			double[] xy = p.xy(town.position().lon(), town.position().lat());
			g.setColor(new Color(0x39, 0x42, 0x4e));
			g.fill(new Ellipse2D.Double(xy[0] - 2.5, xy[1] - 2.5, 5, 5));
			// A white halo keeps the name readable over the shaded cells.
			g.setColor(Color.WHITE);
			for (int dx = -1; dx <= 1; dx++) {
				for (int dy = -1; dy <= 1; dy++) {
					g.drawString(town.name(), (float) xy[0] + 5 + dx, (float) xy[1] + 4 + dy);
				}
			}
			g.setColor(new Color(0x39, 0x42, 0x4e));
			g.drawString(town.name(), (float) xy[0] + 5, (float) xy[1] + 4);
		}
	}

	/** A geometry's rings as a Java2D path in the map's projection. */
	private static java.awt.geom.Path2D path(Projection p, org.locationtech.jts.geom.Geometry geometry) {
		java.awt.geom.Path2D path = new java.awt.geom.Path2D.Double();
		for (int i = 0; i < geometry.getNumGeometries(); i++) {
			org.locationtech.jts.geom.Geometry part = geometry.getGeometryN(i);
			if (part instanceof org.locationtech.jts.geom.Polygon polygon) {
				ring(path, p, polygon.getExteriorRing().getCoordinates());
				for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
					ring(path, p, polygon.getInteriorRingN(h).getCoordinates());
				}
			}
		}
		return path;
	}

	private static void ring(java.awt.geom.Path2D path, Projection p, org.locationtech.jts.geom.Coordinate[] points) {
		for (int k = 0; k < points.length; k++) {
			double[] xy = p.xy(points[k].x, points[k].y);
			if (k == 0) {
				path.moveTo(xy[0], xy[1]);
			}
			else {
				path.lineTo(xy[0], xy[1]);
			}
		}
		path.closePath();
	}

	private static void legend(Graphics2D g, ReportWords w, int y, int width) {
		// The border can reach below the cells: the legend gets a clear band of its own.
		g.setColor(Color.WHITE);
		g.fillRect(0, y - 8, width, 100);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		Map<String, Color> keys = new LinkedHashMap<>();
		keys.put(w.t("report.key.beyond"), ATTACK);
		keys.put(w.t("report.key.within"), new Color(0x41, 0x8f, 0xde));
		keys.put(w.t("report.key.attack"), ATTACK);
		keys.put(w.t("report.key.other"), OTHER);
		keys.put(w.t("report.key.camp"), CAMP);
		int x = 10;
		int row = y;
		int k = 0;
		for (Map.Entry<String, Color> key : keys.entrySet()) {
			g.setColor(key.getValue());
			if (k < 2) {
				g.fillRect(x, row, 12, 12);
			}
			else if (k < 4) {
				g.fill(new Ellipse2D.Double(x + 2, row + 2, 8, 8));
			}
			else {
				g.setStroke(new BasicStroke(2f));
				g.draw(new Ellipse2D.Double(x, row, 12, 12));
			}
			g.setColor(Color.DARK_GRAY);
			g.drawString(key.getKey(), x + 18, row + 11);
			x += 18 + g.getFontMetrics().stringWidth(key.getKey()) + 18;
			if (x > width - 200) {
				x = 10;
				row += 20;
			}
			k++;
		}
	}

	/** One indicator's monthly series with its target and baseline. */
	static BufferedImage indicatorChart(IndicatorSeries series, ReportWords w, int width, int height) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		boolean share = series.indicator().measure().isShare();
		for (IndicatorSeries.Point point : series.points()) {
			Double v = point.value();
			data.addValue(v == null ? null : share ? 100 * v : v, "value", point.month().toString().substring(2));
		}
		JFreeChart chart = ChartFactory.createLineChart(null, null,
				share ? "%" : w.t("measureUnit." + series.indicator().measure()), data, PlotOrientation.VERTICAL, false,
				false, false);
		chart.setBackgroundPaint(Color.WHITE);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xd9, 0xe1, 0xea));
		LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
		renderer.setSeriesPaint(0, CAMP);
		renderer.setSeriesStroke(0, new BasicStroke(2f));
		renderer.setDefaultShapesVisible(true);
		double factor = share ? 100 : 1;
		ValueMarker target = new ValueMarker(factor * series.indicator().target(), new Color(0x1a, 0x98, 0x50),
				new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] { 6, 4 }, 0));
		target.setLabel(w.t("perf.target"));
		target.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
		target.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
		plot.addRangeMarker(target);
		if (series.baseline() != null) {
			ValueMarker baseline = new ValueMarker(factor * series.baseline(), Color.GRAY,
					new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] { 2, 3 }, 0));
			baseline.setLabel(w.t("perf.baseline"));
			baseline.setLabelAnchor(RectangleAnchor.TOP_LEFT);
			baseline.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
			plot.addRangeMarker(baseline);
		}
		plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
		// The target and the baseline always in view, from zero.
		double top = factor * Math.max(series.indicator().target(), series.baseline() == null ? 0 : series.baseline());
		for (IndicatorSeries.Point point : series.points()) {
			if (point.value() != null) {
				top = Math.max(top, factor * point.value());
			}
		}
		plot.getRangeAxis().setRange(0, top <= 0 ? 1 : top * 1.12);
		return chart.createBufferedImage(width, height);
	}

	private static Color blend(Color colour, double alpha) {
		return new Color((int) (255 + (colour.getRed() - 255) * alpha), (int) (255 + (colour.getGreen() - 255) * alpha),
				(int) (255 + (colour.getBlue() - 255) * alpha));
	}

	/**
	 * The image as PNG, for the HTML report. The PDF is given the image itself: OpenPDF
	 * decodes a PNG back into pixels, so encoding one for it only cost the time of both.
	 */
	static byte[] png(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Longitude and latitude to pixels. */
	private record Projection(double west, double north, double scale, double kx) {

		double[] xy(double lon, double lat) {
			return new double[] { 10 + (lon - west) * kx * scale, 10 + (north - lat) * scale };
		}

		Rectangle2D cell(double lon, double lat) {
			double half = PrioGrid.CELL_DEGREES / 2;
			double[] a = xy(lon - half, lat + half);
			double[] b = xy(lon + half, lat - half);
			return new Rectangle2D.Double(a[0], a[1], b[0] - a[0], b[1] - a[1]);
		}

	}

}
