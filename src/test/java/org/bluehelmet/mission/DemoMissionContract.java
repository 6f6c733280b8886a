package org.bluehelmet.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

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

	@BeforeEach
	void loadDemo() {
		demo.loadIfEmpty();
	}

	@Test
	void loadsTheDemoOnlyIntoAnEmptyDatabase() {
		assertThat(demo.loadIfEmpty()).isFalse();
		assertThat(missions.missions()).extracting(Mission::id).containsExactly("minusma");
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
