package org.bluehelmet.mission;

import org.bluehelmet.geo.Position;

/**
 * A place where a mission's units are based.
 *
 * @param id database id
 * @param missionId the mission
 * @param name canonical place name
 * @param kind supercamp, camp or temporary operating base
 * @param position where it is
 * @param gid the PRIO-GRID cell holding it
 * @param sector the sector whose area holds it
 * @param capacityPersonnel how many personnel it can house, or {@code null} where unknown
 * @param medicalLevel the medical care available there
 * @param airFacility what aircraft can land there
 */
public record Site(long id, String missionId, String name, SiteKind kind, Position position, int gid, String sector,
		Integer capacityPersonnel, MedicalLevel medicalLevel, AirFacility airFacility) {
}
