package org.bluehelmet.posture;

import org.bluehelmet.geo.Position;

/**
 * A place where troops stand in a posture: a camp of the mission or a Temporary Operating
 * Base.
 *
 * @param name its name
 * @param kind what it is
 * @param position where it is
 * @param gid its PRIO-GRID cell
 * @param sector the sector holding it
 * @param troops troops there
 * @param surgery whether damage-control surgery is there (a level-2 hospital, or a unit
 * with an embedded surgical team)
 * @param helicopters whether casualty-evacuation helicopters are based there
 * @param suppliedFrom for a TOB, the camp it is resupplied from (and its company comes
 * from, unless added troops man it); otherwise {@code null}
 */
public record PostureSite(String name, Kind kind, Position position, int gid, String sector, int troops,
		boolean surgery, boolean helicopters, String suppliedFrom) {

	/** The same site with another number of troops. */
	public PostureSite withTroops(int count) {
		return new PostureSite(name, kind, position, gid, sector, count, surgery, helicopters, suppliedFrom);
	}

	/** Camps stay; TOBs are opened for weeks or months. */
	public enum Kind {

		CAMP, TOB

	}

}
