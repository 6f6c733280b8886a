/**
 * Incidents of a mission: the registry, the triage workflow, bulk imports of conflict
 * data (UCDP GED; ACLED and a native layout to come), queries and aggregates by sector,
 * cell and month, and the protection-gap comparison of attacks on civilians with troop
 * presence.
 * <p>
 * Public to other features: {@link org.bluehelmet.incident.Incident} and its value types,
 * {@link org.bluehelmet.incident.IncidentService},
 * {@link org.bluehelmet.incident.IncidentImport}. How each source's categories map to
 * ours is in {@link org.bluehelmet.incident.SourceCategories}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "audit", "geo", "mission", "security", "system", "text" })
package org.bluehelmet.incident;
