package org.bluehelmet.incident;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.bluehelmet.mission.DemoMissionLoaded;
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

	static final String UCDP_FILE = "ucdp_ged_mali_1990_2021.csv";

	/** The UCDP events of a demo in the mission pack layout. */
	static final String PACK_UCDP_FILE = "incidents-ucdp.csv";

	private static final Logger log = LoggerFactory.getLogger(IncidentDemo.class);

	private final IncidentImport imports;

	IncidentDemo(IncidentImport imports) {
		this.imports = imports;
	}

	@EventListener
	void onDemoMissionLoaded(DemoMissionLoaded demo) {
		ClassPathResource file = new ClassPathResource(demo.dataFolder() + UCDP_FILE);
		if (!file.exists()) {
			file = new ClassPathResource(demo.dataFolder() + PACK_UCDP_FILE);
		}
		if (!file.exists()) {
			return;
		}
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			ImportReport report = imports.importFile(demo.missionId(), reader, file.getFilename(), IncidentFormat.UCDP,
					false, "demo", rows -> {
					});
			if (report.status() != ImportReport.Status.STORED) {
				throw new IllegalStateException("the bundled UCDP events did not import: " + report.problems());
			}
			log.info("Loaded {} UCDP events into the {} demo", report.stored(), demo.missionId());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
