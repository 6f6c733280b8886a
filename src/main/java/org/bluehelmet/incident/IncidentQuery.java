package org.bluehelmet.incident;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.bluehelmet.geo.Area;
import org.bluehelmet.geo.BoundingBox;

/**
 * The query parameters of the incident list, counts and exports: {@code sector},
 * {@code bbox=west,south,east,north}, {@code from} and {@code to} (YYYY-MM-DD,
 * inclusive), {@code category}, {@code target} and {@code status} (each repeatable or
 * comma-separated), {@code source}, {@code sort} (NEWEST, OLDEST, PRIORITY, KILLED),
 * {@code polygon} (WKT, lon/lat), {@code page} (from 0) and {@code size}. Read from the
 * query string by {@link IncidentQueryResolver}.
 */
record IncidentQuery(String sector, String bbox, LocalDate from, LocalDate to, Set<IncidentCategory> category,
		Set<Target> target, Set<TriageStatus> status, String source, IncidentSort sort, String polygon, Integer page,
		Integer size) {

	static final int DEFAULT_PAGE_SIZE = 100;

	IncidentFilter filter(String missionId) {
		return new IncidentFilter(missionId, blankToNull(sector),
				bbox == null || bbox.isBlank() ? null : BoundingBox.parse(bbox), from, to, present(category),
				present(target), present(status), blankToNull(source), sort,
				polygon == null || polygon.isBlank() ? null : Area.parse(polygon));
	}

	int pageOrFirst() {
		return page == null ? 0 : page;
	}

	int sizeOrDefault() {
		return size == null ? DEFAULT_PAGE_SIZE : size;
	}

	/**
	 * The values given, without the empty ones a stray comma leaves ({@code category=A,}
	 * binds as A and null).
	 */
	private static <T> Set<T> present(Set<T> values) {
		if (values == null) {
			return null;
		}
		Set<T> present = new HashSet<>(values);
		present.remove(null);
		return present;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
