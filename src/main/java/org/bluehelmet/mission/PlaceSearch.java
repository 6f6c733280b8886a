package org.bluehelmet.mission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.bluehelmet.geo.Gazetteer;
import org.bluehelmet.geo.GazetteerEntry;
import org.bluehelmet.geo.Place;

/**
 * The place search of the pages: a mission's towns, its camps and its gazetteer's places
 * (with their other spellings) whose name begins with the text typed or, after those,
 * contains it, accents and case ignored; larger towns first.
 */
final class PlaceSearch {

	/** The most places a search answers. */
	static final int MAX_MATCHES = 20;

	private PlaceSearch() {
	}

	static List<PlaceMatch> find(String text, List<Place> places, List<Site> sites, Gazetteer gazetteer) {
		String wanted = Gazetteer.fold(text == null ? "" : text);
		if (wanted.isEmpty()) {
			return List.of();
		}
		List<PlaceMatch> all = candidates(places, sites, gazetteer);
		Function<PlaceMatch, String> spelling = match -> Gazetteer
			.fold(match.matched() != null ? match.matched() : match.name());
		Comparator<PlaceMatch> larger = Comparator.comparingLong(PlaceMatch::population).reversed();
		List<PlaceMatch> found = new ArrayList<>(
				all.stream().filter(match -> spelling.apply(match).startsWith(wanted)).sorted(larger).toList());
		all.stream()
			.filter(match -> !spelling.apply(match).startsWith(wanted) && spelling.apply(match).contains(wanted))
			.sorted(larger)
			.forEach(found::add);
		// One answer per place and position: a town and the camp beside it are both kept.
		Set<String> seen = new HashSet<>();
		return found.stream()
			.filter(match -> seen.add(match.name() + "|" + Math.round(match.position().lat() * 100) + "|"
					+ Math.round(match.position().lon() * 100) + "|" + match.kind()))
			.limit(MAX_MATCHES)
			.toList();
	}

	private static List<PlaceMatch> candidates(List<Place> places, List<Site> sites, Gazetteer gazetteer) {
		List<PlaceMatch> all = new ArrayList<>();
		for (Place place : places) {
			all.add(new PlaceMatch(place.name(), null, place.position(), place.population(), "town"));
		}
		for (Site site : sites) {
			all.add(new PlaceMatch(site.name(), null, site.position(), 0, "site"));
		}
		for (GazetteerEntry entry : gazetteer.entries()) {
			if (entry.position() == null) {
				continue;
			}
			all.add(new PlaceMatch(entry.name(), null, entry.position(), 0, "gazetteer"));
			entry.aliases()
				.forEach(alias -> all.add(new PlaceMatch(entry.name(), alias, entry.position(), 0, "gazetteer")));
		}
		return all;
	}

}
