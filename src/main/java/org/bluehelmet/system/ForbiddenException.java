package org.bluehelmet.system;

/** The caller is known but may not do this (403), with the reason in words. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
