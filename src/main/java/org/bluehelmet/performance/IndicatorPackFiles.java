package org.bluehelmet.performance;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.bluehelmet.incident.IncidentCategory;
import org.bluehelmet.mission.MissionPackExporting;
import org.bluehelmet.mission.MissionPackStored;
import org.bluehelmet.system.CsvCells;
import org.bluehelmet.system.FileProblem;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.system.RejectedFilesException;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A mission pack's indicators ({@code indicators.csv}), stored with the pack, and the
 * mission's indicators written into an exported pack in the same layout. (MINUSMA's demo
 * pack holds the measures CPAS would track, with targets chosen for illustration, as the
 * file's notes say.)
 */
@Component
class IndicatorPackFiles {

	static final String FILE = "indicators.csv";

	private final IndicatorService indicators;

	IndicatorPackFiles(IndicatorService indicators) {
		this.indicators = indicators;
	}

	/** The mission's indicators, in the layout read back below, into an exported pack. */
	@EventListener
	@Order(MissionPackStored.INDICATORS)
	void onMissionPackExporting(MissionPackExporting exporting) {
		StringBuilder text = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
			printer.printRecord("code", "name", "measure", "sector", "categories", "baseline", "baseline_year",
					"target", "direction", "note");
			for (Indicator indicator : indicators.all(exporting.missionId())) {
				printer.printRecord(CsvCells.row(indicator.code(), indicator.name(), indicator.measure().name(),
						indicator.sector(),
						indicator.categories().stream().map(Enum::name).sorted().collect(Collectors.joining(";")),
						indicator.baseline(), indicator.baselineYear(), indicator.target(),
						indicator.direction().name(), indicator.note()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		exporting.pack().add(FILE, text.toString());
	}

	@EventListener
	@Order(MissionPackStored.INDICATORS)
	void onMissionPackStored(MissionPackStored pack) {
		java.util.Optional<Reader> file = pack.files().open(FILE);
		if (file.isEmpty()) {
			return;
		}
		try (Reader reader = file.get()) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().get().parse(reader)) {
				try {
					indicators.create(pack.missionId(), indicator(row), pack.actor());
				}
				catch (InvalidInputException | IllegalArgumentException ex) {
					// A bad row refuses the whole pack, naming the file, line and column.
					String field = ex instanceof InvalidInputException invalid ? invalid.field() : null;
					throw new RejectedFilesException("the mission pack",
							List.of(new FileProblem(FILE, row.getRecordNumber() + 1, field, ex.getMessage())));
				}
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
		return new NewIndicator(CsvCells.unsafe(row.get("code")), CsvCells.unsafe(row.get("name")),
				Measure.valueOf(row.get("measure")), blankToNull(row.get("sector")), categories,
				row.get("baseline").isBlank() ? null : Double.valueOf(row.get("baseline")),
				row.get("baseline_year").isBlank() ? null : Integer.valueOf(row.get("baseline_year")),
				Double.valueOf(row.get("target")), Indicator.Direction.valueOf(row.get("direction")),
				blankToNull(row.get("note")));
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : CsvCells.unsafe(text);
	}

}
