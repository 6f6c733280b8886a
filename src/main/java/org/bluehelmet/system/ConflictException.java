package org.bluehelmet.system;

/**
 * A change that conflicts with what is stored (a duplicate key, a stale version);
 * answered with 409.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
