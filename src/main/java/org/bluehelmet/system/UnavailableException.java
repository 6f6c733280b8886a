package org.bluehelmet.system;

/**
 * Something this installation cannot do now, for a reason its operator can fix (a missing
 * system library, say); answered with 503 and the reason.
 */
public class UnavailableException extends RuntimeException {

	public UnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
