/**
 * Missions, their mandates and ceilings, sectors, sites (supercamps, camps, temporary
 * operating bases), units and contingents, and where units stood over time.
 * <p>
 * Public to other features: the domain records ({@link org.bluehelmet.mission.Mission},
 * {@link org.bluehelmet.mission.Site}, {@link org.bluehelmet.mission.Unit} …) and
 * {@link org.bluehelmet.mission.MissionService}, and mission packs
 * ({@link org.bluehelmet.mission.MissionPackReader},
 * {@link org.bluehelmet.mission.MissionPackImport}). The demo missions (MINUSMA, MINUSCA)
 * are built from Geo-PKO, PRIO-GRID and UCDP data bundled under {@code demo/} by
 * {@link org.bluehelmet.mission.DemoMission}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "geo", "security", "system", "text" })
package org.bluehelmet.mission;
