package org.bluehelmet.incident;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.bluehelmet.system.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bluehelmet.geo.GeoJson;
import org.bluehelmet.mission.MissionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the incidents a filter selects as CSV or GeoJSON, row by row from a database
 * cursor, so that an export of any size streams in constant memory. The CSV's second row
 * carries HXL hashtags (Humanitarian Exchange Language, hxlstandard.org), so that
 * humanitarian tools read the columns without a mapping.
 */
@Service
public class IncidentExport {

	/** Column name → HXL hashtag, in the order of the CSV. */
	static final Map<String, String> COLUMNS = columns();

	/**
	 * The columns of personal data, after the others, only for those who may see it
	 * ({@code AccessRules.PERSONAL_DATA}); HXL's {@code +name} and a restricted note.
	 */
	static final Map<String, String> PERSONAL_COLUMNS = Map.of("victims", "#affected+name", "witnesses",
			"#contact+witness+name", "informants", "#contact+informant+name", "restricted_notes",
			"#description+restricted");

	private static final List<String> PERSONAL_ORDER = List.of("victims", "witnesses", "informants",
			"restricted_notes");

	private final IncidentStore store;

	private final MissionService missions;

	private final TransactionTemplate readOnly;

	private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

	IncidentExport(IncidentStore store, MissionService missions, PlatformTransactionManager transactions) {
		this.store = store;
		this.missions = missions;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	private static Map<String, String> columns() {
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put("id", "#event+id");
		columns.put("source", "#meta+source");
		columns.put("source_id", "#meta+source+id");
		columns.put("occurred_on", "#date+start");
		columns.put("occurred_until", "#date+end");
		columns.put("time_precision", "#date+precision");
		columns.put("lat", "#geo+lat");
		columns.put("lon", "#geo+lon");
		columns.put("position_precision", "#geo+precision");
		columns.put("priogrid_gid", "#geo+cell+priogrid");
		columns.put("sector", "#loc+sector");
		columns.put("location_name", "#loc+name");
		columns.put("category", "#event+type");
		columns.put("target", "#event+target");
		columns.put("perpetrator", "#org+perpetrator");
		columns.put("other_side", "#org+other");
		columns.put("killed_peacekeepers", "#affected+killed+peacekeepers");
		columns.put("killed_civilians", "#affected+killed+civilians");
		columns.put("killed_others", "#affected+killed+others");
		columns.put("wounded_peacekeepers", "#affected+injured+peacekeepers");
		columns.put("wounded_civilians", "#affected+injured+civilians");
		columns.put("wounded_others", "#affected+injured+others");
		columns.put("status", "#status");
		columns.put("priority", "#status+priority");
		columns.put("description", "#description");
		return columns;
	}

	/**
	 * Writes the selected incidents as CSV: a header, the HXL row, then one row per
	 * incident.
	 */
	public void csv(IncidentFilter filter, boolean withPersonalData, OutputStream out) {
		missions.mission(filter.missionId());
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			List<String> names = new ArrayList<>(COLUMNS.keySet());
			List<String> tags = new ArrayList<>(COLUMNS.values());
			if (withPersonalData) {
				names.addAll(PERSONAL_ORDER);
				PERSONAL_ORDER.forEach(name -> tags.add(PERSONAL_COLUMNS.get(name)));
			}
			printer.printRecord(names);
			printer.printRecord(tags);
			each(filter, incident -> print(printer, row(incident, withPersonalData)));
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the selected incidents as a GeoJSON FeatureCollection of points. */
	public void geoJson(IncidentFilter filter, boolean withPersonalData, OutputStream out) {
		missions.mission(filter.missionId());
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write("{\"type\":\"FeatureCollection\",\"features\":[");
			boolean[] first = { true };
			each(filter, incident -> {
				try {
					if (!first[0]) {
						writer.write(',');
					}
					first[0] = false;
					Map<String, Object> properties = new LinkedHashMap<>(row(incident, withPersonalData));
					properties.remove("lat");
					properties.remove("lon");
					writer.write(json
						.writeValueAsString(GeoJson.feature(GeoJson.point(incident.report().position()), properties)));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			writer.write("]}");
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void each(IncidentFilter filter, Consumer<Incident> consumer) {
		// In a transaction, so that PostgreSQL streams through a cursor instead of
		// loading every row.
		readOnly.executeWithoutResult(tx -> store.stream(filter, consumer));
	}

	/**
	 * An incident's exported fields by column name, in the order of the CSV; also
	 * GeoJSON's properties.
	 */
	public static Map<String, Object> row(Incident incident, boolean withPersonalData) {
		NewIncident r = incident.report();
		Casualties c = r.casualties();
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", incident.id());
		row.put("source", r.source());
		row.put("source_id", r.sourceId());
		row.put("occurred_on", r.occurredOn().toString());
		row.put("occurred_until", r.occurredUntil() == null ? null : r.occurredUntil().toString());
		row.put("time_precision", r.timePrecision().name());
		row.put("lat", r.position().lat());
		row.put("lon", r.position().lon());
		row.put("position_precision", r.positionPrecision().name());
		row.put("priogrid_gid", incident.gid());
		row.put("sector", incident.sector());
		row.put("location_name", r.locationName());
		row.put("category", r.category().name());
		row.put("target", r.target().name());
		row.put("perpetrator", r.perpetrator());
		row.put("other_side", r.otherSide());
		row.put("killed_peacekeepers", c.killedPeacekeepers());
		row.put("killed_civilians", c.killedCivilians());
		row.put("killed_others", c.killedOthers());
		row.put("wounded_peacekeepers", c.woundedPeacekeepers());
		row.put("wounded_civilians", c.woundedCivilians());
		row.put("wounded_others", c.woundedOthers());
		row.put("status", incident.status().name());
		row.put("priority", incident.priority().name());
		row.put("description", r.description());
		if (withPersonalData) {
			PersonalData p = r.personal() == null ? new PersonalData(null, null, null, null) : r.personal();
			row.put("victims", p.victims());
			row.put("witnesses", p.witnesses());
			row.put("informants", p.informants());
			row.put("restricted_notes", p.restrictedNotes());
		}
		return row;
	}

	/**
	 * Counts per area and month as CSV: the area's kind (sector, cell, category) names
	 * the first column.
	 */
	public static String countsCsv(String areaKind, List<AreaMonthCount> counts) {
		StringBuilder csv = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
			printer.printRecord(areaKind, "month", "incidents", "killed", "wounded");
			for (AreaMonthCount count : counts) {
				printer.printRecord(
						CsvCells.row(count.area(), count.month(), count.incidents(), count.killed(), count.wounded()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return csv.toString();
	}

	private static void print(CSVPrinter printer, Map<String, Object> row) {
		try {
			printer.printRecord(CsvCells.rowOf(row.values()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
