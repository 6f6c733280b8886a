package org.bluehelmet.fuzz;

import java.util.regex.Pattern;

/** Recognises a stack trace or an exception's class name in text shown to a user. */
final class StackTraces {

	private static final Pattern TRACE = Pattern
		.compile("(\\bat [a-z]+\\.[\\w.$]+\\(|\\b(java|javax|jakarta|org|com|tools)\\.[\\w.]+(Exception|Error)\\b)");

	private StackTraces() {
	}

	static boolean shown(String text) {
		return text != null && TRACE.matcher(text).find();
	}

}
