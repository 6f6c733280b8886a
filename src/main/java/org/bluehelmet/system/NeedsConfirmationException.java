package org.bluehelmet.system;

/**
 * Input that is allowed but unlikely enough to be a mistake (a date years before the
 * mission's data, hundreds of dead): answered with 400, the field and
 * {@code "confirmable": true}, so that the client can ask its user and send it again
 * confirmed.
 */
public class NeedsConfirmationException extends InvalidInputException {

	public NeedsConfirmationException(String field, String message) {
		super(field, message);
	}

	public NeedsConfirmationException(String field, org.bluehelmet.text.Phrase phrase) {
		super(field, phrase);
	}

}
