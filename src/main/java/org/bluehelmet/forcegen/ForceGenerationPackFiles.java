package org.bluehelmet.forcegen;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bluehelmet.mission.Contingent;
import org.bluehelmet.mission.Deployment;
import org.bluehelmet.mission.MissionPackExporting;
import org.bluehelmet.mission.MissionPackStored;
import org.bluehelmet.system.FileProblem;
import org.bluehelmet.system.RejectedFileException;
import org.bluehelmet.system.RejectedFilesException;
import org.bluehelmet.mission.MissionService;
import org.bluehelmet.mission.SiteSnapshot;
import org.bluehelmet.mission.UnitType;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A mission pack's force generation, stored with the pack: every national contingent on
 * the latest deployment map becomes a deployed pledge (its country and strength, its
 * site's main unit type, arrived in the month of its first map; women are not recorded);
 * the pack's {@code requirements.csv} and {@code pledges.csv}, if any, are stored as the
 * import commands store them (MINUSMA's demo pack holds its 2021 proposal as requirements
 * and six illustrative pledges). An exported pack gets the mission's requirements and
 * pledges back in those layouts.
 */
@Component
class ForceGenerationPackFiles {

	/**
	 * Geo-PKO's unit types as our capabilities: an assumption where the two lists do not
	 * match one to one (a Geo-PKO medical unit is taken as a level-2 hospital, aviation
	 * as utility helicopters).
	 */
	static final Map<UnitType, Capability> CAPABILITY_OF = Map.ofEntries(
			Map.entry(UnitType.INFANTRY, Capability.INFANTRY_BATTALION),
			Map.entry(UnitType.FORMED_POLICE, Capability.FORMED_POLICE_UNIT),
			Map.entry(UnitType.RESERVE, Capability.QUICK_REACTION_FORCE),
			Map.entry(UnitType.ENGINEERING, Capability.ENGINEER_COMPANY),
			Map.entry(UnitType.TRANSPORT, Capability.TRANSPORT_COMPANY),
			Map.entry(UnitType.MEDICAL, Capability.LEVEL_2_HOSPITAL),
			Map.entry(UnitType.RECONNAISSANCE, Capability.LONG_RANGE_RECONNAISSANCE),
			Map.entry(UnitType.AVIATION, Capability.UTILITY_HELICOPTER_UNIT),
			Map.entry(UnitType.DEMINING, Capability.IED_CLEARANCE_COMPANY),
			Map.entry(UnitType.UAV, Capability.UAV_UNIT),
			Map.entry(UnitType.ARMOUR, Capability.ARMOURED_CARRIER_COMPANY));

	/** The reference of a pledge drawn from a deployment map's contingent. */
	static final String GEO_PKO_REFERENCE = "GEO-PKO-";

	private final ForceGenerationService forceGeneration;

	private final ForceGenerationStore store;

	private final MissionService missions;

	ForceGenerationPackFiles(ForceGenerationService forceGeneration, ForceGenerationStore store,
			MissionService missions) {
		this.forceGeneration = forceGeneration;
		this.store = store;
		this.missions = missions;
	}

	/**
	 * The mission's requirements and pledges, in the layouts {@link ForceGenerationCsv}
	 * reads, into an exported pack; the deployed contingents drawn from the deployment
	 * maps are left out, the importing side draws them again.
	 */
	@EventListener
	@Order(MissionPackStored.FORCE_GENERATION)
	void onMissionPackExporting(MissionPackExporting exporting) {
		List<Requirement> requirements = forceGeneration.requirements(exporting.missionId());
		Map<Long, String> referenceOf = new HashMap<>();
		requirements.forEach(r -> referenceOf.put(r.id(), r.reference()));
		exporting.pack()
			.add("requirements.csv",
					csv(List.of("reference", "capability", "units", "personnel", "equipment", "sector", "language",
							"women_share_target", "needed_by", "priority", "origin", "issued_on"),
							requirements.stream()
								.map(r -> List.<Object>of(r.reference(), r.capability().name(), r.units(),
										r.personnel(), orEmpty(r.equipment()), orEmpty(r.sector()),
										orEmpty(r.language()), orEmpty(r.womenShareTarget()), orEmpty(r.neededBy()),
										r.priority(), r.origin(), orEmpty(r.issuedOn())))
								.toList()));
		List<String> header = new java.util.ArrayList<>(List.of("reference", "countries", "capability", "personnel",
				"women", "equipment", "readiness", "caveats", "requirement", "sector"));
		for (PledgeStage stage : PledgeStage.values()) {
			header.add(stage.name().toLowerCase(java.util.Locale.ROOT));
		}
		exporting.pack()
			.add("pledges.csv",
					csv(header,
							forceGeneration.pledges(exporting.missionId())
								.stream()
								.filter(p -> !p.reference().startsWith(GEO_PKO_REFERENCE))
								.map(p -> {
									List<Object> row = new java.util.ArrayList<>(
											List.of(p.reference(), String.join(";", p.countries()),
													p.capability().name(), p.personnel(), p.women(),
													orEmpty(p.equipment()), p.readiness().name(),
													String.join(";", p.caveats()),
													orEmpty(p.requirementId() == null ? null
															: referenceOf.get(p.requirementId())),
													orEmpty(p.sector())));
									for (PledgeStage stage : PledgeStage.values()) {
										row.add(orEmpty(p.reached().get(stage)));
									}
									return row;
								})
								.toList()));
	}

	private static Object orEmpty(Object value) {
		return value == null ? "" : value;
	}

	private static String csv(List<String> header, List<List<Object>> rows) {
		StringBuilder text = new StringBuilder();
		try (org.apache.commons.csv.CSVPrinter printer = new org.apache.commons.csv.CSVPrinter(text,
				org.apache.commons.csv.CSVFormat.RFC4180)) {
			printer.printRecord(header);
			for (List<Object> row : rows) {
				printer.printRecord(org.bluehelmet.system.CsvCells.rowOf(row));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	@EventListener
	@Order(MissionPackStored.FORCE_GENERATION)
	void onMissionPackStored(MissionPackStored pack) {
		deployedFromGeoPko(pack.missionId());
		load(pack, "requirements.csv",
				(reader, name) -> forceGeneration.importRequirements(pack.missionId(), reader, name, pack.actor()));
		load(pack, "pledges.csv",
				(reader, name) -> forceGeneration.importPledges(pack.missionId(), reader, name, pack.actor()));
	}

	/**
	 * Geo-PKO records the unit types of a site, not of each national contingent there: a
	 * contingent is given the first of the site's types in this order.
	 */
	static final List<UnitType> PRECEDENCE = List.of(UnitType.INFANTRY, UnitType.RESERVE, UnitType.FORMED_POLICE,
			UnitType.AVIATION, UnitType.MEDICAL, UnitType.ENGINEERING, UnitType.DEMINING, UnitType.RECONNAISSANCE,
			UnitType.TRANSPORT, UnitType.UAV, UnitType.ARMOUR);

	/** The contingents of the latest deployment map, deployed since their first map. */
	private void deployedFromGeoPko(String missionId) {
		Map<Long, YearMonth> firstMonth = new HashMap<>();
		for (Deployment deployment : missions.deployments(missionId)) {
			firstMonth.merge(deployment.unitId(), deployment.from(), (a, b) -> a.isBefore(b) ? a : b);
		}
		for (SiteSnapshot site : missions.sitesAt(missionId, null)) {
			Capability capability = PRECEDENCE.stream()
				.filter(site.unitTypes()::contains)
				.findFirst()
				.map(CAPABILITY_OF::get)
				.orElse(Capability.OTHER);
			for (Contingent contingent : site.contingents()) {
				YearMonth arrived = firstMonth.getOrDefault(contingent.unitId(), site.asOf());
				int strength = contingent.troops() == null ? 0 : contingent.troops();
				store.insertPledge(
						new Pledge(0, missionId, GEO_PKO_REFERENCE + contingent.unitId(), List.of(contingent.country()),
								capability, strength, 0, null, ReadinessLevel.LEVEL_3, List.of(), PledgeStage.DEPLOYED,
								Map.of(PledgeStage.DEPLOYED, arrived.atDay(1)), site.site().sector(), null));
			}
		}
	}

	private interface CsvLoad {

		void load(Reader reader, String fileName);

	}

	/**
	 * Stores one file of the pack; a bad row refuses the whole pack, naming the file.
	 */
	private static void load(MissionPackStored pack, String file, CsvLoad loader) {
		java.util.Optional<Reader> csv = pack.files().open(file);
		if (csv.isEmpty()) {
			return;
		}
		try (Reader reader = csv.get()) {
			loader.load(reader, file);
		}
		catch (RejectedFileException ex) {
			throw new RejectedFilesException("the mission pack",
					ex.problems()
						.stream()
						.map(row -> new FileProblem(file, row.line(), row.field(), row.reasonText()))
						.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
