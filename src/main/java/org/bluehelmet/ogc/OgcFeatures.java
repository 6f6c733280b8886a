package org.bluehelmet.ogc;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.bluehelmet.audit.Export;
import org.bluehelmet.geo.BoundingBox;
import org.bluehelmet.geo.GeoJson;
import org.bluehelmet.geo.Position;
import org.bluehelmet.geo.PrioGrid;
import org.bluehelmet.incident.Incident;
import org.bluehelmet.incident.IncidentExport;
import org.bluehelmet.incident.IncidentFilter;
import org.bluehelmet.incident.IncidentPage;
import org.bluehelmet.incident.IncidentService;
import org.bluehelmet.mission.DeploymentMap;
import org.bluehelmet.mission.Mission;
import org.bluehelmet.mission.MissionService;
import org.bluehelmet.mission.SiteSnapshot;
import org.bluehelmet.system.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Builds the documents of the OGC API: collections (two per mission: its incidents and
 * its sites) and their items. Links are absolute, made from the base URL the caller
 * reached.
 */
@Service
class OgcFeatures {

	static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

	static final String GEO_JSON = "application/geo+json";

	private final MissionService missions;

	private final IncidentService incidents;

	OgcFeatures(MissionService missions, IncidentService incidents) {
		this.missions = missions;
		this.incidents = incidents;
	}

	/** A collection: the incidents or the sites of a mission. */
	/** The mission of an OGC export, from its collection id. */
	public static final class MissionOfCollection implements Export.MissionOfPath {

		@Override
		public String missionOf(Map<String, String> pathVariables) {
			String id = pathVariables.get("collectionId");
			int dash = id == null ? -1 : id.lastIndexOf('-');
			return dash > 0 ? id.substring(0, dash) : null;
		}

	}

	record CollectionId(String missionId, Kind kind) {

		enum Kind {

			INCIDENTS, SITES

		}

		static CollectionId parse(String id) {
			int dash = id.lastIndexOf('-');
			if (dash > 0) {
				String kind = id.substring(dash + 1);
				if (kind.equals("incidents")) {
					return new CollectionId(id.substring(0, dash), Kind.INCIDENTS);
				}
				if (kind.equals("sites")) {
					return new CollectionId(id.substring(0, dash), Kind.SITES);
				}
			}
			throw new NotFoundException("collection", id);
		}

		String id() {
			return missionId + "-" + kind.name().toLowerCase(Locale.ROOT);
		}

	}

	List<Map<String, Object>> collections(String base, Predicate<String> visibleMission) {
		List<Map<String, Object>> collections = new ArrayList<>();
		for (Mission mission : missions.missions()) {
			if (!visibleMission.test(mission.id())) {
				continue;
			}
			collections.add(collection(base, new CollectionId(mission.id(), CollectionId.Kind.INCIDENTS)));
			collections.add(collection(base, new CollectionId(mission.id(), CollectionId.Kind.SITES)));
		}
		return collections;
	}

	Map<String, Object> collection(String base, CollectionId id) {
		Mission mission = missions.mission(id.missionId());
		boolean incidentsKind = id.kind() == CollectionId.Kind.INCIDENTS;
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("id", id.id());
		collection.put("title", mission.name() + (incidentsKind ? " incidents" : " sites"));
		collection.put("description",
				incidentsKind ? "Incidents of " + mission.name() + ", one point each, dated by the day they started"
						: "Sites of " + mission.name()
								+ " as the latest UN deployment map in or before the datetime shows them");
		collection.put("itemType", "feature");
		collection.put("crs", List.of(CRS84));
		collection.put("extent", Map.of("spatial", Map.of("bbox", List.of(missionBox(mission.id())), "crs", CRS84),
				"temporal", Map.of("interval", List.of(interval(mission, incidentsKind)))));
		String self = base + "/collections/" + id.id();
		collection.put("links", List.of(link(self, "self", "application/json", "This collection"),
				link(self + "/items", "items", GEO_JSON, "The features")));
		return collection;
	}

	/**
	 * A page of a collection's features, with a link to the next page when there is one.
	 */
	Map<String, Object> items(String base, CollectionId id, BoundingBox box, DateInterval period, long offset,
			int limit) {
		missions.mission(id.missionId());
		List<Map<String, Object>> features = new ArrayList<>();
		long matched;
		if (id.kind() == CollectionId.Kind.INCIDENTS) {
			IncidentFilter filter = IncidentFilter.of(id.missionId()).between(period.from(), period.to()).inBox(box);
			IncidentPage page = incidents.searchFrom(filter, offset, limit);
			page.items().forEach(incident -> features.add(feature(incident)));
			matched = page.total();
		}
		else {
			YearMonth at = period.to() == null ? null : YearMonth.from(period.to());
			List<SiteSnapshot> sites = missions.sitesAt(id.missionId(), at)
				.stream()
				.filter(site -> box == null || box.contains(site.site().position()))
				.toList();
			matched = sites.size();
			sites.stream().skip(offset).limit(limit).forEach(site -> features.add(feature(site)));
		}
		Map<String, Object> collection = GeoJson.featureCollection(features);
		collection.put("numberMatched", matched);
		collection.put("numberReturned", features.size());
		String items = base + "/collections/" + id.id() + "/items";
		List<Map<String, Object>> links = new ArrayList<>();
		links.add(link(items + query(box, period, offset, limit), "self", GEO_JSON, "This page"));
		if (offset + features.size() < matched) {
			links.add(link(items + query(box, period, offset + limit, limit), "next", GEO_JSON, "The next page"));
		}
		collection.put("links", links);
		return collection;
	}

	Map<String, Object> item(CollectionId id, String featureId) {
		if (id.kind() == CollectionId.Kind.INCIDENTS) {
			try {
				return feature(incidents.incident(id.missionId(), Long.parseLong(featureId)));
			}
			catch (NumberFormatException ex) {
				throw new NotFoundException("feature", featureId);
			}
		}
		return missions.sitesAt(id.missionId(), null)
			.stream()
			.filter(site -> String.valueOf(site.site().id()).equals(featureId))
			.findFirst()
			.map(OgcFeatures::feature)
			.orElseThrow(() -> new NotFoundException("feature", featureId));
	}

	/** An incident as a feature; never with personal data (a layer for GIS tools). */
	private static Map<String, Object> feature(Incident incident) {
		Map<String, Object> properties = new LinkedHashMap<>(IncidentExport.row(incident, false));
		properties.remove("lat");
		properties.remove("lon");
		Map<String, Object> feature = GeoJson.feature(GeoJson.point(incident.report().position()), properties);
		feature.put("id", incident.id());
		return feature;
	}

	private static Map<String, Object> feature(SiteSnapshot snapshot) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("name", snapshot.site().name());
		properties.put("kind", snapshot.site().kind().name());
		properties.put("sector", snapshot.site().sector());
		properties.put("troops", snapshot.troops());
		properties.put("headquarters", snapshot.headquarters().name());
		properties.put("countries", String.join(", ", snapshot.countries()));
		properties.put("unit_types", String.join(", ", snapshot.unitTypes().stream().map(Enum::name).toList()));
		properties.put("as_of", snapshot.asOf().toString());
		properties.put("source", snapshot.source());
		Map<String, Object> feature = GeoJson.feature(GeoJson.point(snapshot.site().position()), properties);
		feature.put("id", snapshot.site().id());
		return feature;
	}

	private List<Double> missionBox(String missionId) {
		double minLon = 180;
		double minLat = 90;
		double maxLon = -180;
		double maxLat = -90;
		for (int gid : missions.sectorCells(missionId).keySet()) {
			Position centre = PrioGrid.centreOf(gid);
			minLon = Math.min(minLon, centre.lon() - 0.25);
			maxLon = Math.max(maxLon, centre.lon() + 0.25);
			minLat = Math.min(minLat, centre.lat() - 0.25);
			maxLat = Math.max(maxLat, centre.lat() + 0.25);
		}
		return minLon > maxLon ? List.of(-180.0, -90.0, 180.0, 90.0) : List.of(minLon, minLat, maxLon, maxLat);
	}

	private List<String> interval(Mission mission, boolean incidentsKind) {
		if (incidentsKind) {
			return incidents.period(mission.id())
				.map(days -> List.of(days[0].toString(), days[1].toString()))
				.orElse(Arrays.asList(null, null));
		}
		List<DeploymentMap> maps = missions.deploymentMaps(mission.id());
		if (maps.isEmpty()) {
			return Arrays.asList(null, null);
		}
		return List.of(maps.get(0).month().atDay(1).toString(),
				maps.get(maps.size() - 1).month().atEndOfMonth().toString());
	}

	static Map<String, Object> link(String href, String rel, String type, String title) {
		Map<String, Object> link = new LinkedHashMap<>();
		link.put("href", href);
		link.put("rel", rel);
		link.put("type", type);
		link.put("title", title);
		return link;
	}

	private static String query(BoundingBox box, DateInterval period, long offset, int limit) {
		StringBuilder query = new StringBuilder("?limit=" + limit + "&offset=" + offset);
		if (box != null) {
			query.append("&bbox=")
				.append(box.minLon())
				.append(',')
				.append(box.minLat())
				.append(',')
				.append(box.maxLon())
				.append(',')
				.append(box.maxLat());
		}
		if (period.from() != null || period.to() != null) {
			query.append("&datetime=")
				.append(period.from() == null ? ".." : period.from())
				.append('/')
				.append(period.to() == null ? ".." : period.to());
		}
		return query.toString();
	}

}
