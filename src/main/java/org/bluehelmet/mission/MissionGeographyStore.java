package org.bluehelmet.mission;

import java.util.List;
import java.util.Optional;

import org.bluehelmet.geo.Gazetteer;
import org.bluehelmet.geo.GazetteerEntry;
import org.bluehelmet.geo.Place;
import org.bluehelmet.geo.PlaceKind;
import org.bluehelmet.geo.Position;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a mission's maps are drawn on and its places found by: named places (towns,
 * villages), the gazetteer of other spellings and camps, and the base map's layers
 * (rivers, roads, regions), and the road assumptions its travel times are computed with.
 * The only class that writes SQL for them.
 */
@Repository
class MissionGeographyStore {

	private final JdbcClient jdbc;

	MissionGeographyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertPlaces(String missionId, List<Place> places) {
		for (Place place : places) {
			jdbc.sql("""
					INSERT INTO mission_place (mission_id, geonameid, name, feature_code, population, lon, lat)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(missionId, place.geonameid(), place.name(), place.featureCode(), place.population(),
						place.position().lon(), place.position().lat())
				.update();
		}
	}

	List<Place> places(String missionId) {
		return jdbc.sql("SELECT * FROM mission_place WHERE mission_id = ? ORDER BY geonameid")
			.param(missionId)
			.query((rs, n) -> new Place(rs.getLong("geonameid"), rs.getString("name"), rs.getString("feature_code"),
					rs.getLong("population"), new Position(rs.getDouble("lon"), rs.getDouble("lat"))))
			.list();
	}

	void insertGazetteer(String missionId, Gazetteer gazetteer) {
		List<GazetteerEntry> entries = gazetteer.entries();
		for (int i = 0; i < entries.size(); i++) {
			GazetteerEntry entry = entries.get(i);
			jdbc.sql("""
					INSERT INTO mission_gazetteer (mission_id, position, kind, name, aliases, lon, lat)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(missionId, i, entry.kind().name(), entry.name(), MissionStore.join(entry.aliases()),
						entry.position() == null ? null : entry.position().lon(),
						entry.position() == null ? null : entry.position().lat())
				.update();
		}
	}

	void insertGeography(String missionId, GeographyLayer layer) {
		jdbc.sql("INSERT INTO mission_geography (mission_id, name, geojson, features) VALUES (?, ?, ?, ?)")
			.params(missionId, layer.name(), layer.geoJson(), layer.features())
			.update();
	}

	/** The mission's base-map layers, in drawing order. */
	List<GeographyLayer> geography(String missionId) {
		return jdbc.sql("SELECT name, geojson, features FROM mission_geography WHERE mission_id = ? ORDER BY name")
			.param(missionId)
			.query((rs, n) -> new GeographyLayer(rs.getString("name"), rs.getString("geojson"), rs.getInt("features")))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparingInt(GeographyLayer::drawingOrder))
			.toList();
	}

	Gazetteer gazetteer(String missionId) {
		return new Gazetteer(jdbc.sql("SELECT * FROM mission_gazetteer WHERE mission_id = ? ORDER BY position")
			.param(missionId)
			.query((rs, n) -> new GazetteerEntry(PlaceKind.valueOf(rs.getString("kind")), rs.getString("name"),
					MissionStore.split(rs.getString("aliases")),
					rs.getObject("lon") == null ? null : new Position(rs.getDouble("lon"), rs.getDouble("lat"))))
			.list());
	}

	void updateRoads(String missionId, RoadAssumptions roads) {
		jdbc.sql("""
				UPDATE mission SET road_convoy_kmh = ?, road_detour_factor = ?, road_remoteness_hours = ?,
				  road_source = ? WHERE id = ?""")
			.params(roads.convoyKmh(), roads.detourFactor(), roads.remotenessHours(), roads.source(), missionId)
			.update();
	}

	Optional<RoadAssumptions> roads(String missionId) {
		return jdbc.sql("""
				SELECT road_convoy_kmh, road_detour_factor, road_remoteness_hours, road_source
				FROM mission WHERE id = ?""")
			.param(missionId)
			.query((rs, n) -> new RoadAssumptions(rs.getObject("road_convoy_kmh", Double.class),
					rs.getObject("road_detour_factor", Double.class),
					rs.getObject("road_remoteness_hours", Double.class), rs.getString("road_source")))
			.optional()
			.filter(roads -> roads.convoyKmh() != null || roads.detourFactor() != null
					|| roads.remotenessHours() != null);
	}

}
