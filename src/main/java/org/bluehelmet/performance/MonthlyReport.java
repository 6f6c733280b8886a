package org.bluehelmet.performance;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.bluehelmet.incident.Incident;
import org.bluehelmet.incident.ProtectionGap;
import org.bluehelmet.mission.SourceCitation;
import org.bluehelmet.posture.ScenarioResult;

/**
 * Everything the monthly report shows, from the stored data; rendered as PDF and HTML and
 * traced figure by figure in the annex.
 *
 * @param missionId the mission
 * @param missionName its name
 * @param month the month reported on
 * @param generatedAt when the report was made
 * @param summary the summary, sentence by sentence
 * @param incidents the month's incidents (duplicates left out)
 * @param posture the deployment as it stood that month, evaluated ({@code null} without a
 * map)
 * @param protectionGap each sector's share of the month's attacks on civilians against
 * its share of troops
 * @param indicators every indicator over the twelve months to the month
 * @param forceGeneration each requirement issued by the month's end, with the people its
 * pledges had deployed and had on their way by then
 * @param alerts next month's likely attacks on civilians beyond the camps' reach
 * @param annex every figure with where it comes from
 * @param sources the data's citations
 * @param mapBase the border, sectors and towns the map is drawn on
 * @param words the language it is written in, with its numbers and months
 */
public record MonthlyReport(String missionId, String missionName, YearMonth month, Instant generatedAt,
		List<String> summary, List<Incident> incidents, ScenarioResult posture, List<ProtectionGap> protectionGap,
		List<IndicatorSeries> indicators, org.bluehelmet.forcegen.RequirementFill forceGeneration,
		List<AlertLine> alerts, List<AnnexRow> annex, List<SourceCitation> sources, ReportMapBase mapBase,
		ReportWords words) {

	/**
	 * An early-warning alert as the report writes it, in the report's words.
	 *
	 * @param where near which place, in which region
	 * @param probability the chance of at least one attack on civilians next month
	 * @param population people living in the cell
	 * @param reach why no camp reaches it
	 */
	public record AlertLine(String where, double probability, long population, String reach) {
	}

	/**
	 * One figure of the report and where it comes from.
	 *
	 * @param section the report's section
	 * @param item what the figure is
	 * @param value its value as shown
	 * @param unit its unit
	 * @param source how it was computed, from which data
	 * @param key whether it is one of the month's key figures, shown first
	 */
	public record AnnexRow(String section, String item, String value, String unit, String source, boolean key) {
	}

}
