package org.bluehelmet.forcegen;

import java.util.List;

/**
 * The force against its ceiling: people authorised, deployed, pledged and in the
 * pipeline, and required by the requirements; and the same per sector.
 *
 * @param ceiling troops and police authorised by the ceiling in force, or {@code null}
 * @param deployed people deployed
 * @param pipeline people pledged and not yet deployed
 * @param required people the requirements ask for
 * @param sectors per sector (pledges and requirements without a sector under
 * {@code null})
 */
record ForceLevels(Integer ceiling, int deployed, int pipeline, int required, List<Sector> sectors) {

	/** One sector's people: required, in the pipeline, deployed. */
	public record Sector(String sector, int required, int pipeline, int deployed) {
	}

}
