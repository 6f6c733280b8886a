package org.bluehelmet.mission;

import java.util.LinkedHashMap;
import java.util.Map;

import org.bluehelmet.audit.AuditLog;
import org.bluehelmet.geo.GridCellStore;
import org.bluehelmet.system.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a mission pack read by {@link MissionPackReader}: the mission, its ceilings,
 * sources and sectors, its cells (as it sees them) and places, its sites, units and
 * deployments from the Geo-PKO rows, all in one transaction and audited. A mission whose
 * id is taken is refused. The one importer of missions: the demo missions go through it
 * too.
 */
@Service
public class MissionPackImport {

	private static final Logger log = LoggerFactory.getLogger(MissionPackImport.class);

	private final MissionStore store;

	private final MissionGeographyStore geography;

	private final GridCellStore cells;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	MissionPackImport(MissionStore store, MissionGeographyStore geography, GridCellStore cells, AuditLog audit,
			ApplicationEventPublisher events) {
		this.store = store;
		this.geography = geography;
		this.cells = cells;
		this.audit = audit;
		this.events = events;
	}

	/** What was stored. */
	public record ImportedMission(String missionId, String name, int cells, int places, int sites, int deploymentMaps) {
	}

	/**
	 * Stores the pack's mission.
	 * @param actor who imports it, for the audit log
	 * @throws ConflictException when a mission of that id exists
	 */
	@Transactional
	public ImportedMission importPack(MissionPack pack, String actor) {
		MissionDefinition definition = pack.definition();
		Mission mission = definition.mission();
		if (store.find(mission.id()).isPresent()) {
			throw new ConflictException("a mission with the id " + mission.id()
					+ " exists already; nothing was stored (give the pack another id to keep both)");
		}
		store.insert(mission, pack.outline());
		cells.saveAll(mission.id(), pack.cells());
		geography.insertPlaces(mission.id(), pack.places());
		geography.insertGazetteer(mission.id(), pack.gazetteer());
		pack.geography().forEach(layer -> geography.insertGeography(mission.id(), layer));
		definition.ceilings().forEach(ceiling -> store.insertCeiling(mission.id(), ceiling));
		for (int i = 0; i < definition.sources().size(); i++) {
			store.insertSource(mission.id(), i, definition.sources().get(i));
		}
		for (int i = 0; i < definition.sectors().size(); i++) {
			store.insertSector(mission.id(), i, definition.sectors().get(i));
		}
		if (definition.roads() != null) {
			geography.updateRoads(mission.id(), definition.roads());
		}
		for (int i = 0; i < definition.proposals().size(); i++) {
			store.insertProposal(mission.id(), i, definition.proposals().get(i));
		}
		SectorAreas areas = SectorAreas.assign(definition.sectors(), pack.cells(), pack.gazetteer());
		if (!areas.unlistedRegions().isEmpty()) {
			log.warn("Regions no sector of {} lists, given to the nearest sector: {}", mission.id(),
					areas.unlistedRegions());
		}
		store.insertSectorCells(mission.id(), areas.sectorOfCell());
		int sites = new GeoPkoImport(store, pack.gazetteer(), OfficialLanguages.bundled()).importRows(mission,
				pack.deployments(), areas.sectorOfCell());
		storeFacilities(mission.id(), pack, actor);
		// Other features store their files of the pack in this transaction: all or
		// nothing.
		events.publishEvent(new MissionPackStored(mission.id(), pack.files(), actor));
		ImportedMission imported = new ImportedMission(mission.id(), mission.name(), pack.cells().size(),
				pack.places().size(), sites, store.maps(mission.id()).size());
		Map<String, Object> what = new LinkedHashMap<>();
		what.put("mission", imported);
		what.put("deploymentRows", pack.deployments().size());
		what.put("facilityRows", pack.facilities().size());
		what.put("geography", pack.geography().stream().map(GeographyLayer::name).toList());
		what.put("otherFiles", pack.files().names());
		audit.record(actor, mission.id(), "mission.import", "mission", mission.id(), null, what);
		log.info("Imported the mission {}: {} cells, {} places, {} sites, {} deployment maps", mission.name(),
				imported.cells(), imported.places(), sites, imported.deploymentMaps());
		return imported;
	}

	private void storeFacilities(String missionId, MissionPack pack, String actor) {
		Map<String, Long> siteIds = new java.util.HashMap<>();
		store.sites(missionId).forEach(site -> siteIds.put(site.name(), site.id()));
		for (FacilityRow row : pack.facilities()) {
			String name = pack.gazetteer().canonical(org.bluehelmet.geo.PlaceKind.PLACE, row.site());
			store.saveFacilities(siteIds.get(name), row.facilities(), actor);
		}
	}

}
