package org.bluehelmet.warning;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.bluehelmet.geo.PrioGrid;

/**
 * An alert as a Common Alerting Protocol message (OASIS CAP 1.2): restricted to the
 * mission, category Security, urgency Future (next month), certainty from the
 * probability, the cell as the area's polygon.
 */
public final class CapMessage {

	private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

	private CapMessage() {
	}

	public static String of(Alert alert, String missionId, String missionName, Instant sent) {
		String at = CAP_TIME.format(sent.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
		String effective = CAP_TIME.format(alert.month().atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		String expires = CAP_TIME
			.format(alert.month().plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC).minusSeconds(1));
		String certainty = alert.probability() >= 0.5 ? "Likely" : "Possible";
		String severity = alert.probability() >= 0.5 ? "Severe" : "Moderate";
		double half = PrioGrid.CELL_DEGREES / 2;
		double w = alert.lon() - half;
		double e = alert.lon() + half;
		double s = alert.lat() - half;
		double n = alert.lat() + half;
		// CAP polygons are "lat,lon" pairs, closed.
		String polygon = String.format(Locale.ROOT, "%.4f,%.4f %.4f,%.4f %.4f,%.4f %.4f,%.4f %.4f,%.4f", s, w, n, w, n,
				e, s, e, s, w);
		String description = String.format(Locale.ROOT,
				"Chance of at least one attack on civilians %s in %s: %.0f%%. About %,d people live in the cell, %s. %s. "
						+ "Why: %s.",
				alert.where(), alert.month(), 100 * alert.probability(), alert.population(), alert.reach(),
				alert.nearestSite() == null ? "No site of the force"
						: String.format(Locale.ROOT, "Nearest site of the force: %s, %.0f km %s", alert.nearestSite(),
								alert.nearestSiteKm(), alert.distanceBy()),
				String.join("; ", alert.drivers()));
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
				  <identifier>bluehelmet-%s-%d-%s</identifier>
				  <sender>bluehelmet@%s</sender>
				  <sent>%s</sent>
				  <status>Actual</status>
				  <msgType>Alert</msgType>
				  <scope>Restricted</scope>
				  <restriction>%s staff only</restriction>
				  <info>
				    <language>en</language>
				    <category>Security</category>
				    <event>Risk of attacks on civilians</event>
				    <urgency>Future</urgency>
				    <severity>%s</severity>
				    <certainty>%s</certainty>
				    <effective>%s</effective>
				    <expires>%s</expires>
				    <senderName>Blue Helmet early warning, %s</senderName>
				    <headline>Attacks on civilians likely %s, beyond the force's reach</headline>
				    <description>%s</description>
				    <area>
				      <areaDesc>PRIO-GRID cell %d, %s</areaDesc>
				      <polygon>%s</polygon>
				    </area>
				  </info>
				</alert>
				""".formatted(xml(missionId), alert.gid(), alert.month(), xml(missionId), at, xml(missionName),
				severity, certainty, effective, expires, xml(missionName), xml(near(alert)), xml(description),
				alert.gid(), xml(alert.where()), polygon);
	}

	/**
	 * "near Djenné (Mopti)", "26 km from Niono (Ségou)", or "in cell 1234" when the
	 * mission names no place.
	 */
	private static String near(Alert alert) {
		if (alert.place() == null) {
			return "in " + alert.where();
		}
		return alert.placeKm() != null && alert.placeKm() >= 5 ? alert.where() : "near " + alert.where();
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
