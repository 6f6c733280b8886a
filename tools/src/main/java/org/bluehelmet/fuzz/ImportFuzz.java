package org.bluehelmet.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.bluehelmet.incident.ImportReport;
import org.bluehelmet.incident.IncidentExport;
import org.bluehelmet.incident.IncidentFilter;
import org.bluehelmet.incident.IncidentFormat;
import org.bluehelmet.incident.IncidentImport;
import org.bluehelmet.incident.IncidentService;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.system.RejectedFileException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Feeds the four importers (UCDP, ACLED, native CSV, GeoJSON) damaged copies of valid
 * files and checks each answer: either a report or a clean refusal (a bad file, a bad
 * field), never another error; a rejected file stores nothing, a stored one exactly what
 * its report says; no message carries a stack trace.
 */
@Component
public class ImportFuzz {

	private static final String ACLED_SAMPLE = """
			event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,inter2,civilian_targeting,location,latitude,longitude,geo_precision,fatalities,notes
			MLI1001,2020-03-01,2020,1,Violence against civilians,Attack,JNIM,Civilians (Mali),7,Civilian targeting,Ogossagou,14.33,-3.98,1,12,"Gunmen attacked the village, burning houses"
			MLI1002,15 March 2020,2020,2,Explosions/Remote violence,Remote explosive/landmine/IED,Unidentified Armed Group (Mali),MINUSMA,8,,Tessalit,20.2,1.01,2,0,IED strike on a convoy
			""";

	private final IncidentImport imports;

	private final IncidentService incidents;

	private final IncidentExport export;

	ImportFuzz(IncidentImport imports, IncidentService incidents, IncidentExport export) {
		this.imports = imports;
		this.incidents = incidents;
		this.export = export;
	}

	/**
	 * Runs up to {@code cases} inputs (or until {@code limit} has passed) against the
	 * mission's importers; case {@code i} is made from seed {@code seed + i}.
	 */
	public FuzzReport run(String missionId, long seed, long cases, Duration limit) {
		Map<IncidentFormat, String> samples = samples(missionId);
		List<IncidentFormat> formats = List.copyOf(samples.keySet());
		FuzzReport report = new FuzzReport();
		Instant deadline = Instant.now().plus(limit);
		for (long i = 0; i < cases && Instant.now().isBefore(deadline); i++) {
			Mutator mutator = new Mutator(seed + i);
			IncidentFormat format = mutator.pick(formats);
			String input = mutator.mutate(samples.get(format));
			tryOne(missionId, format, input, mutator.nextInt(2) == 0, seed + i, report);
		}
		return report;
	}

	private void tryOne(String missionId, IncidentFormat format, String input, boolean skipBadRows, long seed,
			FuzzReport report) {
		String target = "import " + format + (skipBadRows ? " --skip-bad-rows" : "");
		long before = incidents.count(missionId);
		try {
			ImportReport result = imports.importFile(missionId, new StringReader(input), "fuzz.csv", format,
					skipBadRows, "fuzz", rows -> {
					});
			long after = incidents.count(missionId);
			boolean rejected = result.status() == ImportReport.Status.REJECTED;
			report.tried(rejected || result.rejected() > 0);
			if (rejected && (after != before || result.stored() != 0)) {
				report.failed(target, seed, "a rejected file changed the incidents from " + before + " to " + after,
						input);
			}
			else if (!rejected && after != before + result.stored()) {
				report.failed(target, seed, "the report says " + result.stored()
						+ " stored but the incidents went from " + before + " to " + after, input);
			}
			else if (result.problems().stream().anyMatch(problem -> StackTraces.shown(problem.toString()))) {
				report.failed(target, seed, "a problem shows a stack trace: " + result.problems(), input);
			}
		}
		catch (RejectedFileException | InvalidInputException ex) {
			report.tried(true);
			long after = incidents.count(missionId);
			if (after != before) {
				report.failed(target, seed,
						"refused (" + ex.getMessage() + ") but the incidents went from " + before + " to " + after,
						input);
			}
			else if (StackTraces.shown(ex.getMessage())) {
				report.failed(target, seed, "the refusal shows a stack trace: " + ex.getMessage(), input);
			}
		}
		catch (RuntimeException ex) {
			report.tried(false);
			report.failed(target, seed, "unexpected " + ex, input);
		}
	}

	/** A small valid file of each layout, made from the mission's own incidents. */
	private Map<IncidentFormat, String> samples(String missionId) {
		Map<IncidentFormat, String> samples = new EnumMap<>(IncidentFormat.class);
		samples.put(IncidentFormat.UCDP, ucdpSample());
		samples.put(IncidentFormat.ACLED, ACLED_SAMPLE);
		IncidentFilter few = IncidentFilter.of(missionId).between(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31));
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		export.csv(few, true, csv);
		samples.put(IncidentFormat.NATIVE, csv.toString(StandardCharsets.UTF_8));
		ByteArrayOutputStream geoJson = new ByteArrayOutputStream();
		export.geoJson(few, true, geoJson);
		samples.put(IncidentFormat.GEOJSON, geoJson.toString(StandardCharsets.UTF_8));
		return samples;
	}

	/** The header and first five events of the bundled UCDP file. */
	private static String ucdpSample() {
		try (Reader reader = new InputStreamReader(
				new ClassPathResource("demo/minusma/incidents-ucdp.csv").getInputStream(), StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.RFC4180.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(reader)) {
			StringWriter out = new StringWriter();
			try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
				printer.printRecord(parser.getHeaderNames());
				int rows = 0;
				for (CSVRecord record : parser) {
					printer.printRecord(record.toList());
					if (++rows == 5) {
						break;
					}
				}
			}
			return out.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
