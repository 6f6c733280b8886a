package org.bluehelmet.geo;

/**
 * A named place of a mission's area (a town, a village), as GeoNames lists it.
 *
 * @param geonameid GeoNames' id
 * @param name its name
 * @param featureCode GeoNames' feature code (PPLA2 a second-level seat, PPL a populated
 * place …)
 * @param population people, 0 when unknown
 * @param position where
 */
public record Place(long geonameid, String name, String featureCode, long population, Position position) {
}
