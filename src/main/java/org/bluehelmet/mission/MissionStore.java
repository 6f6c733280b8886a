package org.bluehelmet.mission;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.bluehelmet.geo.Position;
import org.bluehelmet.system.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Missions, their ceilings, sources, sectors, sites, units, deployments and deployment
 * maps; the only class that writes SQL for them. Months are stored as the date of their
 * first day. Lists of names (priorities, regions, unit types, caveats) are stored joined
 * by {@value #SEPARATOR}.
 */
@Repository
class MissionStore {

	static final String SEPARATOR = "|";

	private final JdbcClient jdbc;

	MissionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Mission mission, String areaOutlineGeoJson) {
		jdbc.sql("""
				INSERT INTO mission (id, name, full_name, host_country, mandate_priorities, mandate_start, mandate_end,
				  mandate_end_resolution, area_outline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(mission.id(), mission.name(), mission.fullName(), mission.hostCountry(),
					join(mission.mandatePriorities()), mission.mandateStart(), mission.mandateEnd(),
					mission.mandateEndResolution(), areaOutlineGeoJson)
			.update();
	}

	void insertCeiling(String missionId, Ceiling ceiling) {
		jdbc.sql(
				"INSERT INTO mission_ceiling (mission_id, effective_from, troops, police, resolution) VALUES (?, ?, ?, ?, ?)")
			.params(missionId, ceiling.effectiveFrom(), ceiling.troops(), ceiling.police(), ceiling.resolution())
			.update();
	}

	void insertSource(String missionId, int position, SourceCitation source) {
		jdbc.sql("INSERT INTO mission_source (mission_id, position, title, citation, licence) VALUES (?, ?, ?, ?, ?)")
			.params(missionId, position, source.title(), source.citation(), source.licence())
			.update();
	}

	void insertSector(String missionId, int position, Sector sector) {
		jdbc.sql("INSERT INTO sector (mission_id, name, position, description, regions) VALUES (?, ?, ?, ?, ?)")
			.params(missionId, sector.name(), position, sector.description(), join(sector.regions()))
			.update();
	}

	void insertSectorCells(String missionId, Map<Integer, String> sectorOfCell) {
		sectorOfCell
			.forEach((gid, sector) -> jdbc.sql("INSERT INTO sector_cell (mission_id, sector, gid) VALUES (?, ?, ?)")
				.params(missionId, sector, gid)
				.update());
	}

	long insertSite(Site site) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO site (mission_id, name, kind, lon, lat, gid, sector, capacity_personnel, medical_level, air_facility)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(site.missionId(), site.name(), site.kind().name(), site.position().lon(), site.position().lat(),
					site.gid(), site.sector(), site.capacityPersonnel(), site.medicalLevel().name(),
					site.airFacility().name())
			.update(key, "id");
		return key.getKey().longValue();
	}

	long insertUnit(Unit unit) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO unit (mission_id, name, unit_type, country, strength, women, language, capabilities, caveats)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(unit.missionId(), unit.name(), unit.type().name(), unit.country(), unit.strength(), unit.women(),
					unit.language(), join(unit.capabilities()), join(unit.caveats()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	void insertDeployment(Deployment deployment) {
		jdbc.sql("INSERT INTO deployment (unit_id, site_id, strength, from_month, to_month) VALUES (?, ?, ?, ?, ?)")
			.params(deployment.unitId(), deployment.siteId(), deployment.strength(), firstDay(deployment.from()),
					deployment.until() == null ? null : firstDay(deployment.until()))
			.update();
	}

	/**
	 * A contingent's open stay at a site: the unit, its country, the site, and the
	 * strength it has stood at since {@code from}.
	 */
	record OpenStay(long unitId, String country, long siteId, Integer strength, YearMonth from) {
	}

	/** The deployments of a mission with no end yet. */
	List<OpenStay> openStays(String missionId) {
		return jdbc.sql("""
				SELECT d.unit_id, u.country, d.site_id, d.strength, d.from_month
				FROM deployment d JOIN unit u ON u.id = d.unit_id
				WHERE u.mission_id = ? AND d.to_month IS NULL ORDER BY d.unit_id""")
			.param(missionId)
			.query((rs, n) -> new OpenStay(rs.getLong("unit_id"), rs.getString("country"), rs.getLong("site_id"),
					rs.getObject("strength", Integer.class), month(rs, "from_month")))
			.list();
	}

	/** Ends a contingent's open stay at a site before a month. */
	void endStay(OpenStay stay, YearMonth until) {
		jdbc.sql("UPDATE deployment SET to_month = ? WHERE unit_id = ? AND site_id = ? AND to_month IS NULL")
			.params(firstDay(until), stay.unitId(), stay.siteId())
			.update();
	}

	/** The unit of a country that has stood at a site, if any. */
	Optional<Long> unitAt(long siteId, String country) {
		return jdbc.sql("""
				SELECT DISTINCT u.id FROM unit u JOIN deployment d ON d.unit_id = u.id
				WHERE d.site_id = ? AND u.country = ? ORDER BY u.id FETCH FIRST 1 ROWS ONLY""")
			.params(siteId, country)
			.query(Long.class)
			.optional();
	}

	void updateUnitStrength(long unitId, Integer strength) {
		jdbc.sql("UPDATE unit SET strength = ? WHERE id = ?").params(strength, unitId).update();
	}

	void insertMap(String missionId, DeploymentMap map) {
		jdbc.sql("INSERT INTO deployment_map (mission_id, map_month, source) VALUES (?, ?, ?)")
			.params(missionId, firstDay(map.month()), map.source())
			.update();
	}

	void insertMapEntry(String missionId, YearMonth month, long siteId, Integer troops, List<UnitType> unitTypes,
			Headquarters headquarters) {
		jdbc.sql("""
				INSERT INTO deployment_map_entry (mission_id, map_month, site_id, troops, unit_types, headquarters)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(missionId, firstDay(month), siteId, troops, join(unitTypes.stream().map(Enum::name).toList()),
					headquarters.name())
			.update();
	}

	void insertProposal(String missionId, int position, Proposal proposal) {
		jdbc.sql("""
				INSERT INTO mission_proposal (mission_id, position, name, added_troops, added_police, source)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(missionId, position, proposal.name(), proposal.addedTroops(), proposal.addedPolice(),
					proposal.source())
			.update();
	}

	List<Proposal> proposals(String missionId) {
		return jdbc.sql("SELECT * FROM mission_proposal WHERE mission_id = ? ORDER BY position")
			.param(missionId)
			.query((rs, n) -> new Proposal(rs.getString("name"), rs.getInt("added_troops"), rs.getInt("added_police"),
					rs.getString("source")))
			.list();
	}

	/** Records a site's facilities from a month on, replacing a record of that month. */
	void saveFacilities(long siteId, SiteFacilities facilities, String actor) {
		Date from = firstDay(facilities.from());
		jdbc.sql("DELETE FROM site_facility WHERE site_id = ? AND from_month = ?").params(siteId, from).update();
		jdbc.sql("""
				INSERT INTO site_facility (site_id, from_month, medical_level, air_facility, helicopters, source,
				  recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)""")
			.params(siteId, from, facilities.medicalLevel().name(), facilities.airFacility().name(),
					facilities.helicopters(), facilities.source(), actor)
			.update();
	}

	/** The recorded facilities of a mission's sites, per site id, oldest first. */
	Map<Long, List<SiteFacilities>> facilities(String missionId) {
		return jdbc.sql("""
				SELECT f.* FROM site_facility f JOIN site s ON s.id = f.site_id WHERE s.mission_id = ?
				ORDER BY f.site_id, f.from_month""")
			.param(missionId)
			.query((rs, n) -> Map.entry(rs.getLong("site_id"),
					new SiteFacilities(month(rs, "from_month"), MedicalLevel.valueOf(rs.getString("medical_level")),
							AirFacility.valueOf(rs.getString("air_facility")),
							rs.getObject("helicopters", Integer.class), rs.getString("source"), true)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM mission").query(Integer.class).single() == 0;
	}

	List<Mission> findAll() {
		// The mission established first comes first: it is the one pages show when none
		// is chosen.
		return jdbc.sql("SELECT * FROM mission ORDER BY mandate_start, id").query(MissionStore::mission).list();
	}

	Optional<Mission> find(String id) {
		return jdbc.sql("SELECT * FROM mission WHERE id = ?").param(id).query(MissionStore::mission).optional();
	}

	Optional<String> areaOutline(String missionId) {
		return jdbc.sql("SELECT area_outline FROM mission WHERE id = ?")
			.param(missionId)
			.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
			.optional()
			.flatMap(outline -> outline);
	}

	List<Ceiling> ceilings(String missionId) {
		return jdbc.sql("SELECT * FROM mission_ceiling WHERE mission_id = ? ORDER BY effective_from")
			.param(missionId)
			.query((rs, n) -> new Ceiling(rs.getObject("effective_from", LocalDate.class), rs.getInt("troops"),
					rs.getInt("police"), rs.getString("resolution")))
			.list();
	}

	List<SourceCitation> sources(String missionId) {
		return jdbc.sql("SELECT * FROM mission_source WHERE mission_id = ? ORDER BY position")
			.param(missionId)
			.query((rs, n) -> new SourceCitation(rs.getString("title"), rs.getString("citation"),
					rs.getString("licence")))
			.list();
	}

	List<Sector> sectors(String missionId) {
		return jdbc.sql("SELECT * FROM sector WHERE mission_id = ? ORDER BY position")
			.param(missionId)
			.query((rs, n) -> new Sector(rs.getString("name"), rs.getString("description"),
					split(rs.getString("regions"))))
			.list();
	}

	/** The cells of each sector of a mission, as {@code gid} → sector. */
	Map<Integer, String> sectorCells(String missionId) {
		return jdbc.sql("SELECT gid, sector FROM sector_cell WHERE mission_id = ? ORDER BY gid")
			.param(missionId)
			.query((rs, n) -> Map.entry(rs.getInt("gid"), rs.getString("sector")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
	}

	Optional<String> sectorOfCell(String missionId, int gid) {
		return jdbc.sql("SELECT sector FROM sector_cell WHERE mission_id = ? AND gid = ?")
			.params(missionId, gid)
			.query(String.class)
			.optional();
	}

	List<Site> sites(String missionId) {
		return jdbc.sql("SELECT * FROM site WHERE mission_id = ? ORDER BY name")
			.param(missionId)
			.query(MissionStore::site)
			.list();
	}

	List<DeploymentMap> maps(String missionId) {
		return jdbc.sql("SELECT * FROM deployment_map WHERE mission_id = ? ORDER BY map_month")
			.param(missionId)
			.query((rs, n) -> new DeploymentMap(month(rs, "map_month"), rs.getString("source")))
			.list();
	}

	/** The latest deployment map of a mission in or before a month. */
	Optional<DeploymentMap> mapAt(String missionId, YearMonth month) {
		return jdbc.sql("""
				SELECT * FROM deployment_map WHERE mission_id = ? AND map_month <= ?
				ORDER BY map_month DESC FETCH FIRST 1 ROWS ONLY""")
			.params(missionId, firstDay(month))
			.query((rs, n) -> new DeploymentMap(month(rs, "map_month"), rs.getString("source")))
			.optional();
	}

	/**
	 * What a deployment map showed at each site: the site, troops, unit types and
	 * headquarters.
	 */
	List<SiteSnapshot> mapEntries(String missionId, DeploymentMap map) {
		return jdbc.sql("""
				SELECT s.*, e.troops AS map_troops, e.unit_types, e.headquarters
				FROM deployment_map_entry e JOIN site s ON s.id = e.site_id
				WHERE e.mission_id = ? AND e.map_month = ? ORDER BY s.name""")
			.params(missionId, firstDay(map.month()))
			.query((rs, n) -> new SiteSnapshot(site(rs, n), map.month(), map.source(),
					rs.getObject("map_troops", Integer.class), Headquarters.valueOf(rs.getString("headquarters")),
					split(rs.getString("unit_types")).stream().map(UnitType::valueOf).toList(), List.of(),
					SiteFacilities.assumed(site(rs, n))))
			.list();
	}

	/** The contingents at a site in a month, largest first. */
	List<Contingent> contingents(long siteId, YearMonth month) {
		Date day = firstDay(month);
		return jdbc
			.sql("""
					SELECT u.id, u.name, u.unit_type, u.country, u.language, d.strength FROM deployment d JOIN unit u ON u.id = d.unit_id
					WHERE d.site_id = ? AND d.from_month <= ? AND (d.to_month IS NULL OR d.to_month > ?)
					ORDER BY d.strength DESC NULLS LAST, u.country""")
			.params(siteId, day, day)
			.query((rs, n) -> new Contingent(rs.getLong("id"), rs.getString("name"),
					UnitType.valueOf(rs.getString("unit_type")), rs.getString("country"), rs.getString("language"),
					rs.getObject("strength", Integer.class)))
			.list();
	}

	List<Unit> units(String missionId) {
		return jdbc.sql("SELECT * FROM unit WHERE mission_id = ? ORDER BY name")
			.param(missionId)
			.query((rs, n) -> new Unit(rs.getLong("id"), rs.getString("mission_id"), rs.getString("name"),
					UnitType.valueOf(rs.getString("unit_type")), rs.getString("country"),
					rs.getObject("strength", Integer.class), rs.getObject("women", Integer.class),
					rs.getString("language"), split(rs.getString("capabilities")), split(rs.getString("caveats"))))
			.list();
	}

	List<Deployment> deployments(String missionId) {
		return jdbc.sql("""
				SELECT d.* FROM deployment d JOIN unit u ON u.id = d.unit_id WHERE u.mission_id = ?
				ORDER BY d.unit_id, d.from_month""")
			.param(missionId)
			.query((rs, n) -> new Deployment(rs.getLong("unit_id"), rs.getLong("site_id"),
					rs.getObject("strength", Integer.class), month(rs, "from_month"),
					rs.getDate("to_month") == null ? null : month(rs, "to_month")))
			.list();
	}

	private static Mission mission(ResultSet rs, int rowNum) throws SQLException {
		return new Mission(rs.getString("id"), rs.getString("name"), rs.getString("full_name"),
				rs.getString("host_country"), split(rs.getString("mandate_priorities")),
				rs.getObject("mandate_start", LocalDate.class), rs.getObject("mandate_end", LocalDate.class),
				rs.getString("mandate_end_resolution"));
	}

	private static Site site(ResultSet rs, int rowNum) throws SQLException {
		return new Site(rs.getLong("id"), rs.getString("mission_id"), rs.getString("name"),
				SiteKind.valueOf(rs.getString("kind")), new Position(rs.getDouble("lon"), rs.getDouble("lat")),
				rs.getInt("gid"), rs.getString("sector"), rs.getObject("capacity_personnel", Integer.class),
				MedicalLevel.valueOf(rs.getString("medical_level")), AirFacility.valueOf(rs.getString("air_facility")));
	}

	private static YearMonth month(ResultSet rs, String column) throws SQLException {
		return YearMonth.from(rs.getObject(column, LocalDate.class));
	}

	private static Date firstDay(YearMonth month) {
		return Date.valueOf(month.atDay(1));
	}

	/** Names joined for one column; a name holding the separator is refused. */
	static String join(List<String> names) {
		names.forEach(name -> {
			if (name.contains(SEPARATOR)) {
				throw new InvalidInputException("name", "'" + name + "' must not contain " + SEPARATOR);
			}
		});
		return String.join(SEPARATOR, names);
	}

	/** The names of a joined column. */
	static List<String> split(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\Q" + SEPARATOR + "\\E"));
	}

}
