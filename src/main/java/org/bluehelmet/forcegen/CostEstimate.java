package org.bluehelmet.forcegen;

import java.util.List;

/**
 * What an option costs: per requirement and in all, per month and per year.
 *
 * @param rates the rates used
 * @param lines one per requirement
 * @param personnel people in all
 * @param perMonth US dollars per month in all
 * @param perYear US dollars per year in all
 */
record CostEstimate(CostRates rates, List<Line> lines, int personnel, double perMonth, double perYear) {

	/** One requirement's cost. */
	public record Line(String reference, Capability capability, int personnel, double personnelPerMonth,
			double equipmentPerMonth, double perMonth, double perYear) {
	}

	static CostEstimate of(List<Requirement> requirements, CostRates rates) {
		List<Line> lines = requirements.stream().map(r -> {
			double people = r.personnel() * rates.personnelPerMonth();
			double equipment = r.personnel() * rates.equipmentPerPersonMonth();
			return new Line(r.reference(), r.capability(), r.personnel(), people, equipment, people + equipment,
					12 * (people + equipment));
		}).toList();
		double perMonth = lines.stream().mapToDouble(Line::perMonth).sum();
		return new CostEstimate(rates, lines, lines.stream().mapToInt(Line::personnel).sum(), perMonth, 12 * perMonth);
	}

}
