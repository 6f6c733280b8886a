package org.bluehelmet.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The browser sessions of an account, for administrators: listed (never with the
 * session's id, which would let the reader take it over) and ended. Sessions are stored
 * in the database (Spring Session JDBC), so this sees and ends those of every server.
 * Ending also stamps the account ({@link AccountStore#endSessions}), so a session that
 * escapes the deletion (one saved by a request in flight) is refused at its next request.
 */
@Component
@ConditionalOnWebApplication
class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final AccountService accounts;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, AccountService accounts) {
		this.sessions = sessions;
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
		return sessions.findByPrincipalName(username)
			.values()
			.stream()
			.sorted(Comparator.comparing(Session::getLastAccessedTime).reversed())
			.map(session -> new AccountSession(digest(session.getId()), session.getLastAccessedTime()))
			.toList();
	}

	void endAll(String username, String actor) {
		accounts.endSessions(username, actor);
		sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
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
