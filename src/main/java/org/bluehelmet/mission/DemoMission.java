package org.bluehelmet.mission;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.bluehelmet.geo.Gazetteer;
import org.bluehelmet.geo.GridCell;
import org.bluehelmet.geo.GridCellStore;
import org.bluehelmet.geo.PrioGridCsvReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The MINUSMA demo mission, built from the real data bundled under {@code demo/minusma/}:
 * the mission definition (mandate, ceilings, sectors), PRIO-GRID cells of Mali with their
 * regions and population, a gazetteer of place and region spellings, the Geo-PKO v2.1
 * deployments of MINUSMA and Mali's border. The sources and their citations are in
 * {@code demo/minusma/SOURCES.md} and stored with the mission.
 */
@Component
public class DemoMission {

	static final String FOLDER = "demo/minusma/";

	private static final Logger log = LoggerFactory.getLogger(DemoMission.class);

	private final MissionStore store;

	private final GridCellStore cells;

	private final ApplicationEventPublisher events;

	DemoMission(MissionStore store, GridCellStore cells, ApplicationEventPublisher events) {
		this.store = store;
		this.cells = cells;
		this.events = events;
	}

	/**
	 * Loads the demo if the database holds no mission; all or nothing. Returns whether it
	 * loaded.
	 */
	@Transactional
	public boolean loadIfEmpty() {
		if (!store.isEmpty()) {
			return false;
		}
		MissionDefinition definition = MissionDefinition.read(open("mission.json"));
		Gazetteer gazetteer;
		List<GridCell> grid;
		List<GeoPkoRow> rows;
		try (Reader gazetteerCsv = reader("gazetteer.csv");
				Reader gridCsv = reader("priogrid_mali.csv");
				Reader geoPkoCsv = reader("minusma_deployments_geopko_v2.1.csv")) {
			gazetteer = Gazetteer.read(gazetteerCsv, "gazetteer.csv");
			grid = PrioGridCsvReader.read(gridCsv, "priogrid_mali.csv");
			rows = GeoPkoCsvReader.read(geoPkoCsv, "minusma_deployments_geopko_v2.1.csv");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Mission mission = definition.mission();
		store.insert(mission, text("mali_outline.geojson"));
		cells.saveAll(mission.id(), grid);
		definition.ceilings().forEach(ceiling -> store.insertCeiling(mission.id(), ceiling));
		for (int i = 0; i < definition.sources().size(); i++) {
			store.insertSource(mission.id(), i, definition.sources().get(i));
		}
		for (int i = 0; i < definition.sectors().size(); i++) {
			store.insertSector(mission.id(), i, definition.sectors().get(i));
		}
		SectorAreas areas = SectorAreas.assign(definition.sectors(), grid, gazetteer);
		if (!areas.unlistedRegions().isEmpty()) {
			log.warn("Regions no sector lists, given to the nearest sector: {}", areas.unlistedRegions());
		}
		store.insertSectorCells(mission.id(), areas.sectorOfCell());
		int sites = new GeoPkoImport(store, gazetteer, OfficialLanguages.bundled()).importRows(mission, rows,
				areas.sectorOfCell());
		log.info("Loaded the {} demo mission: {} cells, {} sites from {} Geo-PKO rows", mission.name(), grid.size(),
				sites, rows.size());
		events.publishEvent(new DemoMissionLoaded(mission.id(), FOLDER));
		return true;
	}

	private static InputStream open(String file) {
		try {
			return new ClassPathResource(FOLDER + file).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("demo data missing from the application: " + FOLDER + file, ex);
		}
	}

	private static Reader reader(String file) {
		return new InputStreamReader(open(file), StandardCharsets.UTF_8);
	}

	private static String text(String file) {
		try (InputStream in = open(file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
