package org.bluehelmet.incident;

import java.util.Locale;

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
 * <p>
 * <b>ACLED</b> ({@code sub_event_type}, ACLED codebook 2023), by sub-event type:
 * <ul>
 * <li>Armed clash, Government regains territory, Non-state actor overtakes territory:
 * {@link IncidentCategory#ARMED_CLASH};</li>
 * <li>Remote explosive/landmine/IED, Grenade:
 * {@link IncidentCategory#EXPLOSIVE_DEVICE};</li>
 * <li>Suicide bomb: {@link IncidentCategory#SUICIDE_OR_VEHICLE_BORNE_ATTACK};</li>
 * <li>Shelling/artillery/missile attack: {@link IncidentCategory#INDIRECT_FIRE};</li>
 * <li>Attack (violence against civilians):
 * {@link IncidentCategory#ATTACK_ON_CIVILIANS};</li>
 * <li>Abduction/forced disappearance: {@link IncidentCategory#ABDUCTION};</li>
 * <li>Sexual violence: {@link IncidentCategory#HUMAN_RIGHTS_VIOLATION};</li>
 * <li>every Protests and Riots sub-event type:
 * {@link IncidentCategory#DEMONSTRATION};</li>
 * <li>anything else (Air/drone strike, Chemical weapon, Strategic developments):
 * {@link IncidentCategory#OTHER}.</li>
 * </ul>
 * The target is {@link Target#CIVILIANS} when ACLED marks the event "Civilian targeting";
 * otherwise it follows the second actor: the UN when it names the United Nations or a UN
 * mission, national forces for state forces ({@code inter2} 1), armed groups for rebels
 * and militias (2, 3, 4), civilians (7); else unknown. {@code inter2} may be the code or,
 * in newer exports, its words.
 */
final class SourceCategories {

	private SourceCategories() {
	}

	/** Category and target of a UCDP event. */
	public record Mapping(IncidentCategory category, Target target) {
	}

	/**
	 * Category of an ACLED event, by its sub-event type (event type for protests and
	 * riots).
	 */
	public static IncidentCategory fromAcled(String eventType, String subEventType) {
		String event = eventType == null ? "" : eventType.trim().toLowerCase(Locale.ROOT);
		if (event.equals("protests") || event.equals("riots")) {
			return IncidentCategory.DEMONSTRATION;
		}
		String sub = subEventType == null ? "" : subEventType.trim().toLowerCase(Locale.ROOT);
		return switch (sub) {
			case "armed clash", "government regains territory", "non-state actor overtakes territory" ->
				IncidentCategory.ARMED_CLASH;
			case "remote explosive/landmine/ied", "grenade" -> IncidentCategory.EXPLOSIVE_DEVICE;
			case "suicide bomb" -> IncidentCategory.SUICIDE_OR_VEHICLE_BORNE_ATTACK;
			case "shelling/artillery/missile attack" -> IncidentCategory.INDIRECT_FIRE;
			case "attack" -> IncidentCategory.ATTACK_ON_CIVILIANS;
			case "abduction/forced disappearance" -> IncidentCategory.ABDUCTION;
			case "sexual violence" -> IncidentCategory.HUMAN_RIGHTS_VIOLATION;
			default -> IncidentCategory.OTHER;
		};
	}

	/**
	 * The UN peace operations since 2004 as ACLED names them in its actors (lower case):
	 * any mission's peacekeepers, not one mission's.
	 */
	static final java.util.List<String> UN_OPERATIONS = java.util.List.of("minusma", "minusca", "monusco", "monuc",
			"unmiss", "unisfa", "unamid", "unmis", "unifil", "undof", "unficyp", "unmik", "minurso", "minustah",
			"minujusth", "unmil", "unoci", "onub", "minurcat", "unmit", "unmogip", "untso");

	/** Target of an ACLED event. */
	public static Target acledTarget(String civilianTargeting, String actor2, String inter2) {
		if (civilianTargeting != null && civilianTargeting.toLowerCase(Locale.ROOT).contains("civilian")) {
			return Target.CIVILIANS;
		}
		String actor = actor2 == null ? "" : actor2.toLowerCase(Locale.ROOT);
		if (actor.contains("united nations") || UN_OPERATIONS.stream().anyMatch(actor::contains)) {
			return Target.UN;
		}
		String inter = inter2 == null ? "" : inter2.trim().toLowerCase(Locale.ROOT);
		if (inter.equals("1") || inter.startsWith("state forces")) {
			return Target.NATIONAL_FORCES;
		}
		if (inter.equals("2") || inter.equals("3") || inter.equals("4") || inter.startsWith("rebel")
				|| inter.contains("militia")) {
			return Target.ARMED_GROUPS;
		}
		if (inter.equals("7") || inter.startsWith("civilian")) {
			return Target.CIVILIANS;
		}
		return Target.UNKNOWN;
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
