package org.bluehelmet.incident;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;

/**
 * The personal data of an incident report: names of victims, of witnesses and of
 * informants (the people who told the mission), and notes marked restricted. Only the
 * roles of {@code AccessRules.PERSONAL_DATA} see it; everyone else gets the incident
 * without it, in pages, the API and exports.
 */
record PersonalData(String victims, String witnesses, String informants, String restrictedNotes) {

	public PersonalData {
		limit(victims, "personal.victims", 2000);
		limit(witnesses, "personal.witnesses", 2000);
		limit(informants, "personal.informants", 2000);
		limit(restrictedNotes, "personal.restrictedNotes", 8000);
	}

	/** The data, or {@code null} when every part is empty. */
	public static PersonalData of(String victims, String witnesses, String informants, String restrictedNotes) {
		PersonalData data = new PersonalData(blankToNull(victims), blankToNull(witnesses), blankToNull(informants),
				blankToNull(restrictedNotes));
		return data.isEmpty() ? null : data;
	}

	boolean isEmpty() {
		return victims == null && witnesses == null && informants == null && restrictedNotes == null;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static void limit(String value, String field, int maxLength) {
		if (value != null && value.length() > maxLength) {
			throw new InvalidInputException(field,
					Phrase.of("problem.tooLong", "length", value.length(), "most", maxLength));
		}
	}

}
