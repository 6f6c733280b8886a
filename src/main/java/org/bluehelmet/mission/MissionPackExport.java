package org.bluehelmet.mission;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bluehelmet.audit.AuditLog;
import org.bluehelmet.geo.GazetteerEntry;
import org.bluehelmet.geo.GridCell;
import org.bluehelmet.geo.GridCellStore;
import org.bluehelmet.geo.Place;
import org.bluehelmet.system.CsvCells;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a mission as a mission pack (a zip), the layout {@link MissionPackReader} reads,
 * so that it imports into another Blue Helmet with the same answers: the mission
 * definition, its cells as it sees them, its deployment maps rebuilt in the Geo-PKO
 * layout (each map's sites with their troops, unit types, headquarters and contingents),
 * its border, places, gazetteer and recorded facilities; other features add theirs
 * (incidents, indicators). Audited as an export.
 */
@Service
public class MissionPackExport {

	private static final JsonMapper JSON = JsonMapper.builder()
		.findAndAddModules()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private final MissionStore store;

	private final MissionGeographyStore geography;

	private final MissionService missions;

	private final GridCellStore cells;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	MissionPackExport(MissionStore store, MissionGeographyStore geography, MissionService missions, GridCellStore cells,
			ApplicationEventPublisher events, AuditLog audit) {
		this.store = store;
		this.geography = geography;
		this.missions = missions;
		this.cells = cells;
		this.events = events;
		this.audit = audit;
	}

	/** Writes the mission's pack to {@code out}; returns the files written. */
	@Transactional
	public List<String> export(String missionId, OutputStream out, String actor) {
		Mission mission = missions.mission(missionId);
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			PackWriter pack = new PackWriter(zip, mission.id());
			pack.add("mission.json", missionJson(mission));
			pack.add("cells.csv", cellsCsv(mission.id()));
			pack.add("deployments.csv", deploymentsCsv(mission));
			pack.add("outline.geojson",
					store.areaOutline(mission.id()).orElse("{\"type\":\"FeatureCollection\",\"features\":[]}"));
			pack.add("places.csv", placesCsv(mission.id()));
			pack.add("gazetteer.csv", gazetteerCsv(mission.id()));
			pack.add(FacilitiesCsvReader.FILE, facilitiesCsv(mission.id()));
			geography.geography(mission.id())
				.forEach(layer -> pack.add(GeographyLayers.FOLDER + "/" + layer.name() + ".geojson", layer.geoJson()));
			events.publishEvent(new MissionPackExporting(mission.id(), pack));
			zip.finish();
			audit.record(actor, mission.id(), "mission.export", "mission", mission.id(), null,
					Map.of("files", pack.names()));
			return pack.names();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String missionJson(Mission mission) {
		MissionDefinition definition = new MissionDefinition(mission, store.ceilings(mission.id()),
				store.sectors(mission.id()), store.sources(mission.id()), store.proposals(mission.id()),
				geography.roads(mission.id()).orElse(null));
		return JSON.writeValueAsString(definition);
	}

	private String cellsCsv(String missionId) {
		return csv(List.of("gid", "lon", "lat", "landarea_km2", "mountains_share", "ttime_min", "centre_in_country",
				"region", "admin2_code", "population"), printer -> {
					for (GridCell cell : cells.findAll(missionId)) {
						printer.printRecord(cell.gid(), cell.centre().lon(), cell.centre().lat(), cell.landAreaKm2(),
								cell.mountainsShare(), cell.travelTimeMinutes(), cell.centreInCountry(), cell.region(),
								cell.admin2Code(), cell.population());
					}
				});
	}

	/**
	 * One row per site of each deployment map, as Geo-PKO writes them: the contingents
	 * are those at the site in the map's month.
	 */
	private String deploymentsCsv(Mission mission) {
		List<String> typeColumns = Arrays.stream(UnitType.values())
			.flatMap(type -> type.geoPkoColumn().stream())
			.toList();
		List<String> header = new ArrayList<>(
				List.of("source", "mission", "year", "month", "location", "latitude", "longitude", "no.troops"));
		header.addAll(typeColumns);
		header.add("hq");
		for (int i = 1; i <= GeoPkoCsvReader.MAX_CONTINGENTS; i++) {
			header.add("nameoftcc_" + i);
			header.add("notroopspertcc_" + i);
		}
		return csv(header, printer -> {
			for (DeploymentMap map : store.maps(mission.id())) {
				for (SiteSnapshot entry : store.mapEntries(mission.id(), map)) {
					List<Object> row = new ArrayList<>(List.of(map.source(), mission.name(), map.month().getYear(),
							map.month().getMonthValue(), entry.site().name(), entry.site().position().lat(),
							entry.site().position().lon(), entry.troops() == null ? "NA" : entry.troops()));
					for (UnitType type : UnitType.values()) {
						type.geoPkoColumn().ifPresent(column -> row.add(entry.unitTypes().contains(type) ? 1 : 0));
					}
					row.add(entry.headquarters().ordinal());
					List<Contingent> contingents = store.contingents(entry.site().id(), map.month());
					for (int i = 0; i < GeoPkoCsvReader.MAX_CONTINGENTS; i++) {
						Contingent contingent = i < contingents.size() ? contingents.get(i) : null;
						row.add(contingent == null ? "NA" : contingent.country());
						row.add(contingent == null || contingent.troops() == null ? "NA" : contingent.troops());
					}
					printer.printRecord(row);
				}
			}
		});
	}

	private String placesCsv(String missionId) {
		return csv(List.of("geonameid", "name", "feature_code", "population", "lon", "lat"), printer -> {
			for (Place place : geography.places(missionId)) {
				printer.printRecord(place.geonameid(), place.name(), place.featureCode(), place.population(),
						place.position().lon(), place.position().lat());
			}
		});
	}

	private String gazetteerCsv(String missionId) {
		return csv(List.of("kind", "name", "aliases", "lon", "lat"), printer -> {
			for (GazetteerEntry entry : geography.gazetteer(missionId).entries()) {
				printer.printRecord(entry.kind(), entry.name(), String.join("|", entry.aliases()),
						entry.position() == null ? "" : entry.position().lon(),
						entry.position() == null ? "" : entry.position().lat());
			}
		});
	}

	private String facilitiesCsv(String missionId) {
		Map<Long, String> siteNames = new LinkedHashMap<>();
		store.sites(missionId).forEach(site -> siteNames.put(site.id(), site.name()));
		return csv(List.of("site", "from", "medical_level", "air_facility", "helicopters", "source"), printer -> {
			for (Map.Entry<Long, List<SiteFacilities>> site : store.facilities(missionId).entrySet()) {
				for (SiteFacilities facilities : site.getValue()) {
					printer.printRecord(siteNames.get(site.getKey()), facilities.from(),
							switch (facilities.medicalLevel()) {
								case NONE -> "none";
								case LEVEL_1 -> "1";
								case LEVEL_2 -> "2";
								case LEVEL_3 -> "3";
							}, facilities.airFacility().name().toLowerCase(Locale.ROOT),
							facilities.helicopters() == null ? "" : facilities.helicopters(), facilities.source());
				}
			}
		});
	}

	@FunctionalInterface
	private interface Rows {

		void print(SafePrinter printer) throws IOException;

	}

	/**
	 * Prints rows with every cell safe to open in a spreadsheet ({@link CsvCells}); the
	 * pack's readers drop the guarding apostrophe again.
	 */
	private record SafePrinter(CSVPrinter printer) {

		void printRecord(Object... values) throws IOException {
			printer.printRecord(CsvCells.row(values));
		}

		void printRecord(Iterable<?> values) throws IOException {
			printer.printRecord(CsvCells.rowOf(values));
		}

	}

	private static String csv(List<String> header, Rows rows) {
		StringBuilder text = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
			printer.printRecord(header);
			rows.print(new SafePrinter(printer));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

}
