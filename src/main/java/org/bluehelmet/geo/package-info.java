/**
 * Geography shared by every feature: positions, great-circle distances, PRIO-GRID cells,
 * place and region names, and GeoJSON output.
 * <p>
 * Positions are WGS 84 longitude/latitude in decimal degrees; wherever a geometry has x
 * and y, x is the longitude and y the latitude (the GeoJSON and JTS convention). The
 * PRIO-GRID cell id ({@code gid}) is the spatial key of every cell-level table, so that
 * UCDP, Geo-PKO and our own data join without geometry.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "text" })
package org.bluehelmet.geo;
