package org.bluehelmet.casualty;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bluehelmet.mission.MissionPackExporting;
import org.bluehelmet.mission.MissionPackStored;
import org.bluehelmet.mission.OlderDemoFound;
import org.bluehelmet.system.CsvCells;
import org.bluehelmet.system.FileProblem;
import org.bluehelmet.system.RejectedFileException;
import org.bluehelmet.system.RejectedFilesException;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A mission pack's peacekeeper fatalities ({@code fatalities.csv}, the UN's layout),
 * stored with the pack, and the mission's written into an exported pack in that layout.
 */
@Component
class FatalityPackFiles {

	static final String FILE = "fatalities.csv";

	private final FatalityService fatalities;

	FatalityPackFiles(FatalityService fatalities) {
		this.fatalities = fatalities;
	}

	@EventListener
	@Order(MissionPackStored.FATALITIES)
	void onMissionPackStored(MissionPackStored pack) {
		java.util.Optional<Reader> file = pack.files().open(FILE);
		if (file.isEmpty()) {
			return;
		}
		try (Reader reader = file.get()) {
			fatalities.importFile(pack.missionId(), reader, FILE, pack.actor());
		}
		catch (RejectedFileException ex) {
			// A bad row refuses the whole pack, naming the file, line and column.
			throw new RejectedFilesException("the mission pack",
					ex.problems()
						.stream()
						.map(problem -> new FileProblem(FILE, problem.line(), problem.field(), problem.reasonText()))
						.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A demo stored before packs carried fatalities (schema version 19) gets its bundled
	 * pack's, so that its safety indicators and reports have them.
	 */
	@EventListener
	@Order(MissionPackStored.FATALITIES)
	void onOlderDemoFound(OlderDemoFound demo) {
		if (!fatalities.all(demo.missionId()).isEmpty()) {
			return;
		}
		demo.files().get().open(FILE).ifPresent(file -> {
			try (Reader reader = file) {
				fatalities.importFile(demo.missionId(), reader, FILE, "demo");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@EventListener
	@Order(MissionPackStored.FATALITIES)
	void onMissionPackExporting(MissionPackExporting exporting) {
		List<PeacekeeperFatality> rows = fatalities.all(exporting.missionId());
		if (rows.isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
			printer.printRecord("incident_date", "casualty_id", "mission_acronym", "type_of_casualty", "gender",
					"casualty_nationality", "casualty_personnel_type", "type_of_incident", "isocode3", "last_update");
			for (PeacekeeperFatality row : rows) {
				printer.printRecord(CsvCells.row(row.day(), row.casualtyId(), row.mission(), row.casualtyType(),
						row.gender(), row.nationality(), row.personnelType(), row.incidentType(), row.isoCode3(),
						row.lastUpdate()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		exporting.pack().add(FILE, text.toString());
	}

}
