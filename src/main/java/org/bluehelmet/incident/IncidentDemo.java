package org.bluehelmet.incident;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.bluehelmet.mission.MissionPackStored;
import org.bluehelmet.system.FileProblem;
import org.bluehelmet.system.RejectedFilesException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo's incidents: the UCDP GED events of the demo's country, bundled beside the
 * mission's data ({@code ucdp_ged_mali_1990_2021.csv}, UCDP GED, CC BY 4.0, Sundberg
 * &amp; Melander 2013), imported in the transaction that loads the demo mission.
 */
@Component
class IncidentDemo {

	/** The UCDP events of a mission pack. */
	static final String PACK_UCDP_FILE = "incidents-ucdp.csv";

	private static final Logger log = LoggerFactory.getLogger(IncidentDemo.class);

	private final IncidentImport imports;

	IncidentDemo(IncidentImport imports) {
		this.imports = imports;
	}

	@EventListener
	void onMissionPackStored(MissionPackStored pack) {
		java.util.Optional<Reader> file = pack.files().open(PACK_UCDP_FILE);
		if (file.isEmpty()) {
			return;
		}
		try (Reader reader = file.get()) {
			ImportReport report = imports.importFile(pack.missionId(), reader, PACK_UCDP_FILE, IncidentFormat.UCDP,
					false, pack.actor(), rows -> {
					});
			if (report.status() != ImportReport.Status.STORED) {
				throw new RejectedFilesException("the mission pack",
						report.problems()
							.stream()
							.map(row -> new FileProblem(PACK_UCDP_FILE, row.line(), row.field(), row.reason()))
							.toList());
			}
			log.info("Stored {} UCDP events of the {} pack", report.stored(), pack.missionId());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
