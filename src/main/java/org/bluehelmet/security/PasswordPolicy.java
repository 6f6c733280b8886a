package org.bluehelmet.security;

import java.util.Locale;
import java.util.Set;

import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;

/**
 * The minimum strength of a password, after NIST SP 800-63B (section 5.1.1.2): long
 * enough, not a well-known or trivially guessable one, not the user name; no rules about
 * kinds of characters, which make passwords harder to remember but not to guess.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 200;

	/**
	 * A few of the most used passwords of the published breach lists, long enough to pass
	 * the length rule.
	 */
	private static final Set<String> WELL_KNOWN = Set.of("123456789012", "1234567890123", "12345678901234",
			"qwertyuiopas", "qwerty123456", "password1234", "password12345", "passwordpassword", "iloveyou1234",
			"111111111111", "000000000000", "abcdefghijkl", "abc123456789", "aaaaaaaaaaaa", "letmein12345",
			"welcome12345", "administrator", "peacekeeping", "bluehelmet123", "unitednations");

	private PasswordPolicy() {
	}

	static void check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new InvalidInputException("password", Phrase.of("problem.password.short", "n", MIN_LENGTH));
		}
		if (password.length() > MAX_LENGTH) {
			throw new InvalidInputException("password", Phrase.of("problem.password.long", "n", MAX_LENGTH));
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (WELL_KNOWN.contains(lower) || password.chars().distinct().count() < 4) {
			throw new InvalidInputException("password", Phrase.of("problem.password.easy"));
		}
		if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
			throw new InvalidInputException("password", Phrase.of("problem.password.username"));
		}
	}

}
