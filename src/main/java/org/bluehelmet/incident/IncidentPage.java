package org.bluehelmet.incident;

import java.util.List;

/**
 * One page of a query's incidents, newest first.
 *
 * @param items the incidents of the page
 * @param total incidents matching the query
 * @param page page number, from 0
 * @param size page size asked for
 */
public record IncidentPage(List<Incident> items, long total, int page, int size) {
}
