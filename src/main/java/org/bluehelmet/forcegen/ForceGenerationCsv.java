package org.bluehelmet.forcegen;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.bluehelmet.geo.BadField;
import org.bluehelmet.geo.CsvRecords;
import org.bluehelmet.geo.CsvRow;
import org.bluehelmet.text.Phrase;

/**
 * The CSV layouts of requirements and pledges (parsing only; a bad row rejects the file,
 * naming every bad row).
 * <p>
 * Requirements: {@code reference, capability, units, personnel, equipment, sector,
 * language, women_share_target, needed_by, priority, origin}, and optionally
 * {@code issued_on} (the day it was issued; empty or absent when not known).
 * <p>
 * Pledges: {@code reference, countries} (separated by {@code ;}), {@code capability,
 * personnel, women, equipment, readiness} ({@code LEVEL_1} … {@code RAPID_DEPLOYMENT}),
 * {@code caveats} ({@code ;}), {@code requirement} (a requirement's reference, or empty),
 * then one column per step with the day it was reached, empty if not yet:
 * {@code pledged, assessment_visit, level_2, level_3, selected, mou,
 * pre_deployment_visit, camp_ready, deployed}. The pledge's step is the latest one with a
 * day.
 */
final class ForceGenerationCsv {

	private ForceGenerationCsv() {
	}

	static List<Requirement> requirements(Reader source, String fileName, String missionId) {
		return CsvRecords.readAll(source, fileName,
				(record, line, header) -> new Requirement(0, missionId, CsvRecords.required(record, "reference"),
						enumValue(Capability.class, record, "capability"), CsvRecords.requiredInteger(record, "units"),
						CsvRecords.requiredInteger(record, "personnel"), CsvRecords.text(record, "equipment"),
						CsvRecords.text(record, "sector"), CsvRecords.text(record, "language"),
						CsvRecords.decimal(record, "women_share_target"), day(record, "needed_by"),
						CsvRecords.requiredInteger(record, "priority"), CsvRecords.required(record, "origin"),
						day(record, "issued_on")));
	}

	/** A pledge as read, with the reference of the requirement it answers. */
	record PledgeRow(Pledge pledge, String requirement) {
	}

	static List<PledgeRow> pledges(Reader source, String fileName, String missionId) {
		return CsvRecords.readAll(source, fileName, (record, line, header) -> {
			Map<PledgeStage, LocalDate> reached = new EnumMap<>(PledgeStage.class);
			for (PledgeStage stage : PledgeStage.values()) {
				LocalDate day = day(record, stage.name().toLowerCase(Locale.ROOT));
				if (day != null) {
					reached.put(stage, day);
				}
			}
			if (reached.isEmpty()) {
				throw new BadField("pledged", Phrase.of("row.pledgeDay"));
			}
			PledgeStage stage = reached.keySet().stream().max(Enum::compareTo).orElseThrow();
			Pledge pledge = new Pledge(0, missionId, CsvRecords.required(record, "reference"),
					list(CsvRecords.required(record, "countries")), enumValue(Capability.class, record, "capability"),
					CsvRecords.requiredInteger(record, "personnel"), orZero(CsvRecords.integer(record, "women")),
					CsvRecords.text(record, "equipment"), enumValue(ReadinessLevel.class, record, "readiness"),
					list(CsvRecords.text(record, "caveats")), stage, reached,
					record.has("sector") ? CsvRecords.text(record, "sector") : null, null);
			return new PledgeRow(pledge, CsvRecords.text(record, "requirement"));
		});
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}

	private static List<String> list(String joined) {
		return joined == null ? List.of()
				: Arrays.stream(joined.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static LocalDate day(CsvRow record, String column) {
		String text = record.has(column) ? CsvRecords.text(record, column) : null;
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new BadField(column, Phrase.of("row.notADay", "value", Phrase.verbatim(text)));
		}
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, CsvRow record, String column) {
		String text = CsvRecords.required(record, column).toUpperCase(Locale.ROOT).replace(' ', '_');
		Function<String, E> parse = name -> Enum.valueOf(type, name);
		try {
			return parse.apply(text);
		}
		catch (IllegalArgumentException ex) {
			throw new BadField(column, Phrase.of("row.notOneOf", "value", Phrase.verbatim(text), "values",
					Phrase.verbatim(Arrays.toString(type.getEnumConstants()))));
		}
	}

}
