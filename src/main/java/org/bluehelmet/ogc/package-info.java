/**
 * A mission's incidents and sites as OGC API – Features collections (OGC 17-069r4, Part
 * 1: Core, with GeoJSON), so that analysts add them as live layers in QGIS or read them
 * with GDAL's OAPIF driver. Read-only; it uses the public services of {@code incident}
 * and {@code mission}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "audit", "geo", "incident", "mission", "security", "system" })
package org.bluehelmet.ogc;
