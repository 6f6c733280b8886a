/**
 * Missions, their mandates and ceilings, sectors, sites (supercamps, camps, temporary
 * operating bases), units and contingents, and where units stood over time.
 * <p>
 * Public to other features: the domain records ({@link org.bluehelmet.mission.Mission},
 * {@link org.bluehelmet.mission.Site}, {@link org.bluehelmet.mission.Unit} …) and
 * {@link org.bluehelmet.mission.MissionService}. The MINUSMA demo mission is built from
 * Geo-PKO and PRIO-GRID data bundled under {@code demo/minusma/} by
 * {@link org.bluehelmet.mission.DemoMission}.
 */
package org.bluehelmet.mission;
