package org.bluehelmet.system;

/**
 * A record that does not exist, or that the caller may not see: both answer 404 with the
 * same text, so that an answer never tells whether another mission's record exists.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
