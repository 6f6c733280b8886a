/**
 * Force generation: what a mission requires, what member states pledge, how far each
 * pledge has come in the UN's pipeline (the Peacekeeping Capability Readiness System and
 * the steps after it), the gaps, and when pledged units can really arrive (a Monte Carlo
 * simulation of the stages each pledge has left).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "audit", "geo", "incident", "mission", "system", "text" })
package org.bluehelmet.forcegen;
