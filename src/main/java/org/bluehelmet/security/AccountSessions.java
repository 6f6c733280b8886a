package org.bluehelmet.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The browser sessions of an account on this server, for administrators: listed (never
 * with the session's id, which would let the reader take it over) and ended. Ending also
 * stamps the account ({@link AccountStore#endSessions}), so sessions this server does not
 * know of (another server's, or one it forgot) end too.
 */
@Component
@ConditionalOnWebApplication
class AccountSessions {

	private final SessionRegistry registry;

	private final AccountService accounts;

	AccountSessions(SessionRegistry registry, AccountService accounts) {
		this.registry = registry;
		this.accounts = accounts;
	}

	/**
	 * A session as listed.
	 *
	 * @param id a digest of the session's id, enough to tell sessions apart
	 * @param lastRequest when it was last used
	 */
	record AccountSession(String id, Instant lastRequest) {
	}

	List<AccountSession> list(String username, String actor) {
		accounts.checkManages(username, actor);
		return sessions(username).sorted(Comparator.comparing(SessionInformation::getLastRequest).reversed())
			.map(info -> new AccountSession(digest(info.getSessionId()), info.getLastRequest().toInstant()))
			.toList();
	}

	void endAll(String username, String actor) {
		accounts.endSessions(username, actor);
		sessions(username).forEach(SessionInformation::expireNow);
	}

	private Stream<SessionInformation> sessions(String username) {
		return registry.getAllPrincipals()
			.stream()
			.filter(principal -> principal instanceof UserDetails user && user.getUsername().equals(username))
			.flatMap(principal -> registry.getAllSessions(principal, false).stream());
	}

	private static String digest(String sessionId) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
