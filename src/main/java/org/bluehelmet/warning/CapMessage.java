package org.bluehelmet.warning;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.bluehelmet.geo.PrioGrid;
import org.bluehelmet.text.Language;
import org.bluehelmet.text.Messages;
import org.bluehelmet.text.Phrase;

/**
 * An alert as a Common Alerting Protocol message (OASIS CAP 1.2): restricted to the
 * mission, category Security, urgency Future (next month), certainty from the
 * probability, the cell as the area's polygon; in English and French.
 */
public final class CapMessage {

	private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

	private CapMessage() {
	}

	/**
	 * The alert in CAP, with one {@code info} block per language Blue Helmet speaks
	 * (English, French), as CAP 1.2 provides for alerts in several languages.
	 */
	public static String of(Alert alert, String missionId, String missionName, Instant sent, Messages messages) {
		String at = CAP_TIME.format(sent.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
		StringBuilder infos = new StringBuilder();
		for (Language language : List.of(Language.ENGLISH, Language.FRENCH)) {
			infos.append(info(alert, missionName, language, messages));
		}
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
				  <identifier>bluehelmet-%s-%d-%s</identifier>
				  <sender>bluehelmet@%s</sender>
				  <sent>%s</sent>
				  <status>Actual</status>
				  <msgType>Alert</msgType>
				  <scope>Restricted</scope>
				  <restriction>%s</restriction>
				%s</alert>
				""".formatted(xml(missionId), alert.gid(), alert.month(), xml(missionId), at,
				xml(messages.format(Language.ENGLISH, Phrase.of("cap.restriction", "mission", missionName))), infos);
	}

	private static String info(Alert alert, String missionName, Language language, Messages messages) {
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
		Phrase nearest = alert.nearestSite() == null ? Phrase.of("cap.noSite") : Phrase.of("cap.nearestSite", "site",
				alert.nearestSite(), "km", Math.round(alert.nearestSiteKm()), "by", alert.distanceBy());
		Phrase description = Phrase.of("cap.description", "where", alert.where(), "month", alert.month(), "percent",
				Math.round(100 * alert.probability()), "people", alert.population(), "reach", alert.reach(), "nearest",
				nearest, "why",
				String.join("; ", alert.drivers().stream().map(driver -> messages.format(language, driver)).toList()));
		return """
				  <info>
				    <language>%s</language>
				    <category>Security</category>
				    <event>%s</event>
				    <urgency>Future</urgency>
				    <severity>%s</severity>
				    <certainty>%s</certainty>
				    <effective>%s</effective>
				    <expires>%s</expires>
				    <senderName>%s</senderName>
				    <headline>%s</headline>
				    <description>%s</description>
				    <area>
				      <areaDesc>%s</areaDesc>
				      <polygon>%s</polygon>
				    </area>
				  </info>
				"""
			.formatted(language.tag(), xml(messages.format(language, Phrase.of("cap.event"))), severity, certainty,
					effective, expires, xml(messages.format(language, Phrase.of("cap.sender", "mission", missionName))),
					xml(messages.format(language, Phrase.of("cap.headline", "near", near(alert)))),
					xml(messages.format(language, description)),
					xml(messages.format(language,
							Phrase.of("cap.area", "gid", String.valueOf(alert.gid()), "where", alert.where()))),
					polygon);
	}

	/**
	 * "near Djenné (Mopti)", "26 km from Niono (Ségou)", or "in cell 1234" when the
	 * mission names no place.
	 */
	private static Phrase near(Alert alert) {
		if (alert.place() == null) {
			return Phrase.of("cap.in", "where", alert.where());
		}
		return alert.placeKm() != null && alert.placeKm() >= 5 ? alert.where()
				: Phrase.of("cap.near", "where", alert.where());
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
