package org.bluehelmet.system;

/**
 * A background job refused because its user or mission has too many under way (429, with
 * a time to try again).
 */
class TooManyJobsException extends RuntimeException {

	/** Seconds after which trying again is sensible. */
	public static final int RETRY_AFTER_SECONDS = 30;

	public TooManyJobsException(String message) {
		super(message);
	}

}
