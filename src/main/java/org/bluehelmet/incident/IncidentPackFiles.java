package org.bluehelmet.incident;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

import org.bluehelmet.mission.MissionPackExporting;
import org.bluehelmet.mission.MissionPackStored;
import org.bluehelmet.system.FileProblem;
import org.bluehelmet.system.RejectedFilesException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A mission pack's incidents: {@code incidents-ucdp.csv} (UCDP GED, as the demo packs
 * bundle their country's events) and {@code incidents.csv} (Blue Helmet's own layout, as
 * an exported pack holds them), stored in the transaction that stores the pack; and the
 * mission's incidents written into an exported pack (without personal data, which stays
 * with the mission).
 */
@Component
class IncidentPackFiles {

	/** The UCDP events of a mission pack. */
	static final String PACK_UCDP_FILE = "incidents-ucdp.csv";

	/** A pack's incidents in Blue Helmet's own layout ({@link NativeCsvReader}). */
	static final String PACK_NATIVE_FILE = "incidents.csv";

	private static final Logger log = LoggerFactory.getLogger(IncidentPackFiles.class);

	private final IncidentImport imports;

	private final IncidentExport export;

	IncidentPackFiles(IncidentImport imports, IncidentExport export) {
		this.imports = imports;
		this.export = export;
	}

	@EventListener
	@Order(MissionPackStored.INCIDENTS)
	void onMissionPackExporting(MissionPackExporting exporting) {
		exporting.pack().add(PACK_NATIVE_FILE, out -> export.csv(IncidentFilter.of(exporting.missionId()), false, out));
	}

	@EventListener
	@Order(MissionPackStored.INCIDENTS)
	void onMissionPackStored(MissionPackStored pack) {
		store(pack, PACK_UCDP_FILE, IncidentFormat.UCDP);
		store(pack, PACK_NATIVE_FILE, IncidentFormat.NATIVE);
	}

	private void store(MissionPackStored pack, String fileName, IncidentFormat format) {
		java.util.Optional<Reader> file = pack.files().open(fileName);
		if (file.isEmpty()) {
			return;
		}
		try (Reader reader = file.get()) {
			ImportReport report = imports.importFile(pack.missionId(), reader, fileName, format, false, pack.actor(),
					rows -> {
					});
			if (report.status() != ImportReport.Status.STORED) {
				throw new RejectedFilesException("the mission pack",
						report.problems()
							.stream()
							.map(row -> new FileProblem(fileName, row.line(), row.field(), row.reasonText()))
							.toList());
			}
			log.info("Stored {} incidents of the {} pack ({})", report.stored(), pack.missionId(), fileName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
