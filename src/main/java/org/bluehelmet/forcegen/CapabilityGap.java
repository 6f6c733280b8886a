package org.bluehelmet.forcegen;

/**
 * Required against pledged and deployed, for one capability: units and people.
 *
 * @param capability the capability
 * @param requiredUnits units the requirements ask for
 * @param requiredPersonnel people they ask for
 * @param pipelineUnits pledged units not yet deployed
 * @param pipelinePersonnel their people
 * @param deployedUnits units deployed
 * @param deployedPersonnel their people
 * @param shortfallUnits required units that no pledge answers (0 if none)
 */
record CapabilityGap(Capability capability, int requiredUnits, int requiredPersonnel, int pipelineUnits,
		int pipelinePersonnel, int deployedUnits, int deployedPersonnel, int shortfallUnits) {
}
