package org.bluehelmet.system;

/** Input that breaks a rule of the domain; answered with 400 and the field at fault. */
public class InvalidInputException extends RuntimeException {

	private final String field;

	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The request parameter, JSON field or CSV column that was wrong. */
	public String field() {
		return field;
	}

}
