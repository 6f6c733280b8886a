package org.bluehelmet.mission;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A mission with what a reader needs to place it: ceilings, the ceiling in force today
 * (or on the last day of its mandate), sectors, the dates of its deployment maps and the
 * sources to cite.
 */
public record MissionOverview(@JsonUnwrapped Mission mission, List<Ceiling> ceilings, Ceiling ceilingInForce,
		List<Sector> sectors, List<DeploymentMap> deploymentMaps, List<SourceCitation> sources) {
}
