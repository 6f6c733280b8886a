package org.bluehelmet.incident;

/**
 * How each source's event types map to our categories and targets: the one place where
 * this is decided.
 * <p>
 * <b>UCDP GED</b> ({@code type_of_violence}, Sundberg &amp; Melander 2013; UCDP GED
 * codebook): UCDP does not say who attacked whom, only which sides fought.
 * <ul>
 * <li>1, state-based conflict (a government against an organised armed group):
 * {@link IncidentCategory#ARMED_CLASH} against {@link Target#NATIONAL_FORCES}, the
 * government being one of the sides;</li>
 * <li>2, non-state conflict (organised armed groups against each other):
 * {@link IncidentCategory#ARMED_CLASH} against {@link Target#ARMED_GROUPS};</li>
 * <li>3, one-sided violence (an organised actor against civilians):
 * {@link IncidentCategory#ATTACK_ON_CIVILIANS} against {@link Target#CIVILIANS}.</li>
 * </ul>
 */
public final class SourceCategories {

	private SourceCategories() {
	}

	/** Category and target of a UCDP event. */
	public record Mapping(IncidentCategory category, Target target) {
	}

	/**
	 * @param typeOfViolence UCDP {@code type_of_violence}, 1-3
	 * @throws IllegalArgumentException for any other value
	 */
	public static Mapping fromUcdp(int typeOfViolence) {
		return switch (typeOfViolence) {
			case 1 -> new Mapping(IncidentCategory.ARMED_CLASH, Target.NATIONAL_FORCES);
			case 2 -> new Mapping(IncidentCategory.ARMED_CLASH, Target.ARMED_GROUPS);
			case 3 -> new Mapping(IncidentCategory.ATTACK_ON_CIVILIANS, Target.CIVILIANS);
			default -> throw new IllegalArgumentException("type_of_violence must be 1, 2 or 3, was " + typeOfViolence);
		};
	}

}
