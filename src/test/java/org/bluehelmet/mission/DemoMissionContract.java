package org.bluehelmet.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bluehelmet.geo.GridCell;
import org.bluehelmet.geo.GridCellStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the stores must do on every database Blue Helmet supports; each subclass points
 * the application at one (H2 embedded, PostgreSQL server). The demo is loaded by the
 * test, not on start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "bluehelmet.mission.load-demo=false")
abstract class DemoMissionContract {

	@Autowired
	DemoMission demo;

	@Autowired
	MissionService missions;

	@Autowired
	GridCellStore cells;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void loadDemo() {
		demo.loadIfEmpty();
	}

	/**
	 * Cell 149395 (2.75° W, 13.75° N) lies on Mali's border with Burkina Faso: in Mali's
	 * PRIO-GRID file its centre is outside Mali, with no region and no people. A mission
	 * in Burkina Faso sees it as its own (its Nord region; the population here is made up
	 * for the test). Each keeps its view.
	 */
	@Test
	void twoMissionsSharingABorderCellKeepTheirOwnValues() {
		if (jdbc.sql("SELECT COUNT(*) FROM mission WHERE id = 'neighbour'").query(Integer.class).single() == 0) {
			jdbc.sql("""
					INSERT INTO mission (id, name, full_name, host_country, mandate_priorities, mandate_start)
					VALUES ('neighbour', 'NEIGHBOUR', 'A mission next door', 'Burkina Faso', 'Protect civilians',
					  DATE '2020-01-01')""").update();
		}
		GridCell inMali = cells.find("minusma", 149395).orElseThrow();
		assertThat(inMali.centreInCountry()).isFalse();
		assertThat(inMali.population()).isZero();
		GridCell inBurkina = new GridCell(inMali.gid(), inMali.centre(), inMali.landAreaKm2(), inMali.mountainsShare(),
				inMali.travelTimeMinutes(), true, "Nord", "BF-NOR", 123_456);

		cells.saveAll("neighbour", List.of(inBurkina));

		assertThat(cells.find("neighbour", 149395)).contains(inBurkina);
		assertThat(cells.find("minusma", 149395)).contains(inMali);
		assertThat(cells.findAll("neighbour", List.of(149395, 150115))).extracting(GridCell::gid)
			.containsExactly(149395);
		assertThat(cells.count("minusma")).isEqualTo(503);
	}

	@Test
	void keepsTheMissionsPlacesAndProposalsAndGivesThemBackToADemoStoredWithout() {
		assertThat(missions.places("minusma")).hasSize(62)
			.anySatisfy(place -> assertThat(place.name()).isEqualTo("Youwarou"));
		jdbc.sql("DELETE FROM mission_place WHERE mission_id = 'minusma'").update();
		jdbc.sql("DELETE FROM mission_proposal WHERE mission_id = 'minusma'").update();
		demo.completeOlderDemo();
		assertThat(missions.places("minusma")).hasSize(62);
		assertThat(missions.proposals("minusma")).extracting(Proposal::addedTroops).containsExactly(1730);
	}

	@Test
	void givesADemoStoredBeforePacksCarriedFatalitiesThoseOfItsBundledPack() {
		String count = "SELECT COUNT(*) FROM peacekeeper_fatality WHERE mission_id = 'minusma'";
		int bundled = jdbc.sql(count).query(Integer.class).single();
		assertThat(bundled).isGreaterThan(300);
		jdbc.sql("DELETE FROM peacekeeper_fatality WHERE mission_id = 'minusma'").update();
		demo.completeOlderDemo();
		assertThat(jdbc.sql(count).query(Integer.class).single()).isEqualTo(bundled);
		demo.completeOlderDemo();
		assertThat(jdbc.sql(count).query(Integer.class).single()).isEqualTo(bundled);
	}

	@Test
	void loadsTheDemoOnlyIntoAnEmptyDatabase() {
		assertThat(demo.loadIfEmpty()).isFalse();
		assertThat(missions.missions()).extracting(Mission::id).contains("minusma");
	}

	@Test
	void keepsTheMandateAndItsCeilings() {
		MissionOverview overview = missions.overview("minusma");
		assertThat(overview.mission().hostCountry()).isEqualTo("Mali");
		assertThat(overview.mission().mandateEndResolution()).contains("2690");
		assertThat(overview.ceilings()).extracting(Ceiling::troops).containsExactly(11200, 11240, 13289);
		assertThat(missions.ceilingOn("minusma", LocalDate.of(2015, 6, 28))).map(Ceiling::troops).contains(11200);
		assertThat(missions.ceilingOn("minusma", LocalDate.of(2016, 7, 1))).map(Ceiling::police).contains(1920);
		assertThat(missions.ceilingOn("minusma", LocalDate.of(2012, 1, 1))).isEmpty();
		assertThat(overview.sources()).isNotEmpty().allSatisfy(s -> assertThat(s.citation()).isNotBlank());
	}

	@Test
	void keepsEveryDeploymentMapFrom2014To2020() {
		List<DeploymentMap> maps = missions.deploymentMaps("minusma");
		assertThat(maps).hasSize(33);
		assertThat(maps.get(0)).isEqualTo(new DeploymentMap(YearMonth.of(2014, 3), "Map no. 4506 Rev. 3"));
		assertThat(maps.get(32)).isEqualTo(new DeploymentMap(YearMonth.of(2020, 12), "Map no. 4506 Rev. 37"));
	}

	@Test
	void showsTheTwelveLocationsOfDecember2020WithTheirTroops() {
		List<SiteSnapshot> sites = missions.sitesAt("minusma", YearMonth.of(2020, 12));
		assertThat(sites).hasSize(12);
		assertThat(sites.stream().mapToInt(SiteSnapshot::troopsOrZero).sum()).isEqualTo(19525);
		SiteSnapshot mopti = sites.stream()
			.filter(s -> s.site().name().equals("Mopti-Sévaré"))
			.findFirst()
			.orElseThrow();
		assertThat(mopti.site().sector()).isEqualTo("Centre");
		assertThat(mopti.troops()).isEqualTo(1585);
		assertThat(mopti.countries()).contains("Senegal", "Egypt", "Togo");
		assertThat(mopti.contingents()).filteredOn(c -> c.country().equals("Togo"))
			.extracting(Contingent::troops)
			.containsOnlyNulls();
	}

	@Test
	void countsTroopsPerSectorAsTheIssueStates() {
		Map<String, SectorSummary> summary = missions.sectorSummary("minusma", YearMonth.of(2020, 12))
			.stream()
			.collect(Collectors.toMap(SectorSummary::sector, s -> s));
		assertThat(summary).containsOnlyKeys("North", "East", "West", "Centre", "Other");
		assertThat(summary.get("Centre").troops()).isEqualTo(2985);
		assertThat(summary.get("Centre").sites()).isEqualTo(2);
		assertThat(summary.get("Centre").troopShare()).isCloseTo(2985.0 / 19525, offset(1e-9));
		assertThat(summary.values().stream().mapToDouble(SectorSummary::troopShare).sum()).isCloseTo(1.0, offset(1e-9));
	}

	@Test
	void answersAMonthWithTheLatestMapInOrBeforeIt() {
		assertThat(missions.sitesAt("minusma", YearMonth.of(2019, 1)))
			.allSatisfy(s -> assertThat(s.asOf()).isEqualTo(YearMonth.of(2018, 12)));
		assertThat(missions.sitesAt("minusma", YearMonth.of(2014, 3))).hasSize(13);
		assertThat(missions.sitesAt("minusma", YearMonth.of(2013, 12))).isEmpty();
		assertThat(missions.sitesAt("minusma", null)).first()
			.extracting(SiteSnapshot::asOf)
			.isEqualTo(YearMonth.of(2020, 12));
	}

	@Test
	void placesEverySiteInTheSectorOfItsCell() {
		Map<Integer, String> cells = missions.sectorCells("minusma");
		assertThat(cells).hasSize(503);
		assertThat(missions.sites("minusma")).hasSize(15)
			.allSatisfy(site -> assertThat(cells.get(site.gid())).isEqualTo(site.sector()));
	}

	@Test
	void knowsTheWorkingLanguageOfEveryNationalContingent() {
		assertThat(missions.units("minusma")).filteredOn(unit -> !unit.country().equals("Multinational"))
			.allSatisfy(unit -> assertThat(unit.language()).as(unit.country()).isNotNull());
	}

	@Test
	void keepsEachContingentsDeploymentsInOrderWithoutOverlap() {
		Map<Long, List<Deployment>> byUnit = missions.deployments("minusma")
			.stream()
			.collect(Collectors.groupingBy(Deployment::unitId));
		assertThat(byUnit).hasSameSizeAs(missions.units("minusma"));
		byUnit.values().forEach(spans -> {
			for (int i = 1; i < spans.size(); i++) {
				assertThat(spans.get(i - 1).until()).isNotNull();
				assertThat(spans.get(i).from()).isAfterOrEqualTo(spans.get(i - 1).until());
			}
		});
	}

}
