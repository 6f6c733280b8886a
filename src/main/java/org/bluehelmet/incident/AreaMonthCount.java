package org.bluehelmet.incident;

import java.time.YearMonth;

/**
 * Incidents and casualties of one area (a sector, or a PRIO-GRID cell) in one month.
 *
 * @param area sector name, or the cell's gid as text
 * @param month the month the incidents started in
 * @param incidents how many
 * @param killed people killed (counts the source does not give are taken as 0)
 * @param wounded people wounded (idem)
 */
record AreaMonthCount(String area, YearMonth month, long incidents, long killed, long wounded) {
}
