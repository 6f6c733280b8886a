package org.bluehelmet.mission;

import java.util.List;

import org.bluehelmet.geo.Gazetteer;
import org.bluehelmet.geo.GridCell;
import org.bluehelmet.geo.Place;

/**
 * One mission as a mission pack describes it, read and checked whole
 * ({@link MissionPackReader}), ready to be stored ({@link MissionPackImport}).
 *
 * @param definition {@code mission.json}: the mission, ceilings, sectors, sources
 * @param cells {@code cells.csv}: the mission area's PRIO-GRID cells as the mission sees
 * them
 * @param deployments {@code deployments.csv}: Geo-PKO rows, one per location and map
 * @param outline {@code outline.geojson}: the host country's border
 * @param places {@code places.csv}: named places (GeoNames)
 * @param gazetteer {@code gazetteer.csv} when the pack has one: other spellings of its
 * regions and places; else none
 * @param facilities {@code facilities.csv} when the pack has one: sites' facilities from
 * a month on, with sources; else none
 * @param geography {@code geography/*.geojson}: the layers of its base map (rivers,
 * roads…), none when the pack has no such folder
 * @param files the pack's files that other features store with the mission
 */
public record MissionPack(MissionDefinition definition, List<GridCell> cells, List<GeoPkoRow> deployments,
		String outline, List<Place> places, Gazetteer gazetteer, List<FacilityRow> facilities,
		List<GeographyLayer> geography, PackFiles files) {

	public MissionPack {
		cells = List.copyOf(cells);
		geography = List.copyOf(geography);
		deployments = List.copyOf(deployments);
		places = List.copyOf(places);
		facilities = List.copyOf(facilities);
	}

	public String missionId() {
		return definition.mission().id();
	}

}
