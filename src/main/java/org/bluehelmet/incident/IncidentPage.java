package org.bluehelmet.incident;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One page of a query's incidents, newest first.
 *
 * @param items the incidents of the page
 * @param total incidents matching the query
 * @param page page number, from 0
 * @param size page size asked for
 * @param unread ids of the page's incidents the person asking has not seen since they
 * last changed (empty when nobody in particular asks)
 */
public record IncidentPage(List<Incident> items, long total, int page, int size, List<Long> unread) {

	public IncidentPage {
		items = List.copyOf(items);
		unread = List.copyOf(unread);
	}

	IncidentPage withUnread(List<Long> ids) {
		return new IncidentPage(items, total, page, size, ids);
	}

	/** The same page with each incident changed by {@code shown}. */
	public IncidentPage map(UnaryOperator<Incident> shown) {
		return new IncidentPage(items.stream().map(shown).toList(), total, page, size, unread);
	}

}
