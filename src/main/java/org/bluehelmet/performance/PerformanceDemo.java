package org.bluehelmet.performance;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bluehelmet.incident.IncidentCategory;
import org.bluehelmet.mission.DemoMissionLoaded;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo's indicators ({@code indicators.csv} beside the mission's data): the measures
 * CPAS would track for MINUSMA, with baselines from the data (2019's months) and targets
 * chosen for illustration, as the file's notes say.
 */
@Component
class PerformanceDemo {

	static final String FILE = "indicators.csv";

	private final IndicatorService indicators;

	PerformanceDemo(IndicatorService indicators) {
		this.indicators = indicators;
	}

	@EventListener
	void onDemoMissionLoaded(DemoMissionLoaded demo) {
		ClassPathResource file = new ClassPathResource(demo.dataFolder() + FILE);
		if (!file.exists()) {
			return;
		}
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().get().parse(reader)) {
				indicators.create(demo.missionId(), indicator(row), "demo");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static NewIndicator indicator(CSVRecord row) {
		Set<IncidentCategory> categories = row.get("categories").isBlank() ? Set.of()
				: Arrays.stream(row.get("categories").split(";"))
					.map(String::trim)
					.map(IncidentCategory::valueOf)
					.collect(Collectors.toSet());
		return new NewIndicator(row.get("code"), row.get("name"), Measure.valueOf(row.get("measure")),
				blankToNull(row.get("sector")), categories,
				row.get("baseline").isBlank() ? null : Double.valueOf(row.get("baseline")),
				row.get("baseline_year").isBlank() ? null : Integer.valueOf(row.get("baseline_year")),
				Double.valueOf(row.get("target")), Indicator.Direction.valueOf(row.get("direction")),
				blankToNull(row.get("note")));
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}

}
