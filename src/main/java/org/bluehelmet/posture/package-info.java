/**
 * The posture planner: maximal covering location models (where Temporary Operating Bases
 * and units should go to reach the most people at risk), casualty-evacuation reach under
 * the UN's 10-1-2 standard, and scenarios of posture compared side by side.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "audit", "geo", "mission", "system", "text", "warning" })
package org.bluehelmet.posture;
