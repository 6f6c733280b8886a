package org.bluehelmet.forcegen;

import java.time.LocalDate;
import java.util.List;

/**
 * How far the force requirements issued by a day are met by the pledges that answer them:
 * only a pledge made for a requirement counts towards it, and only once it reached
 * deployment by that day. Units of the standing force, deployed before the requirement or
 * for another, fill no requirement.
 *
 * @param asOf the day
 * @param lines one per requirement issued by then, in the recorded order
 */
public record RequirementFill(LocalDate asOf, List<Line> lines) {

	public RequirementFill {
		lines = List.copyOf(lines);
	}

	/**
	 * One requirement.
	 *
	 * @param reference the requirement's reference
	 * @param capability what it asks for
	 * @param required people it asks for
	 * @param deployed people of its pledges deployed by the day, up to {@code required}
	 * @param pipeline people of its pledges made by the day and not yet deployed
	 */
	public record Line(String reference, Capability capability, int required, int deployed, int pipeline) {
	}

	/** People the requirements ask for. */
	public int required() {
		return lines.stream().mapToInt(Line::required).sum();
	}

	/**
	 * People of the answering pledges deployed, each requirement counted up to its need.
	 */
	public int deployed() {
		return lines.stream().mapToInt(Line::deployed).sum();
	}

	/** People of the answering pledges on their way. */
	public int pipeline() {
		return lines.stream().mapToInt(Line::pipeline).sum();
	}

	/**
	 * The share of the required people deployed; {@code null} when nothing is required.
	 */
	public Double share() {
		return required() == 0 ? null : (double) deployed() / required();
	}

}
