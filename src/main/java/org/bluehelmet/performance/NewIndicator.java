package org.bluehelmet.performance;

import java.util.Set;

import org.bluehelmet.incident.IncidentCategory;

/**
 * An indicator as a mission administrator defines it: a measure from the list, filters, a
 * baseline (a value or a year), a target and which way is better.
 */
record NewIndicator(String code, String name, Measure measure, String sector, Set<IncidentCategory> categories,
		Double baseline, Integer baselineYear, Double target, Indicator.Direction direction, String note) {
}
