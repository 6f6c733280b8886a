package org.bluehelmet.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.bluehelmet.audit.AuditLog;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.system.NotFoundException;
import org.bluehelmet.text.Phrase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for scripts: {@code bh_} and 32 random bytes, shown once when
 * created; only their SHA-256 is stored. A token acts with its account's roles and
 * missions, and stops working when revoked or when the account is disabled.
 */
@Service
class ApiTokens {

	static final String PREFIX = "bh_";

	/** The details of a request's log-in when it came with a token. */
	static final String TOKEN_LOG_IN = "api-token";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Map<String, Instant> lastNoted = new ConcurrentHashMap<>();

	private final AuditLog audit;

	private final AccountStore accounts;

	ApiTokens(JdbcClient jdbc, AuditLog audit, AccountStore accounts) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.accounts = accounts;
	}

	/** A token as listed: never the token itself. */
	public record ApiToken(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
	}

	/** A token just made: the only time its text is known. */
	public record NewToken(long id, String name, String token) {
	}

	@Transactional
	public NewToken create(String username, String name) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new InvalidInputException("name", Phrase.of("problem.token.name"));
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO api_token (username, name, token_hash, created_at) VALUES (?, ?, ?, ?)")
			.params(username, name.strip(), hash(token), Timestamp.from(Instant.now()))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		audit.record(username, null, "token.create", "api_token", id, null, Map.of("name", name.strip()));
		return new NewToken(id, name.strip(), token);
	}

	public List<ApiToken> list(String username) {
		return jdbc.sql("SELECT * FROM api_token WHERE username = ? ORDER BY id")
			.param(username)
			.query((rs, n) -> new ApiToken(rs.getLong("id"), rs.getString("name"),
					rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
					instant(rs.getTimestamp("revoked_at"))))
			.list();
	}

	/** Whether the caller logged in with a token rather than a password. */
	public static boolean loggedInWithToken(Authentication authentication) {
		return authentication != null && TOKEN_LOG_IN.equals(authentication.getDetails());
	}

	@Transactional
	public void revoke(String username, long id) {
		revoke(username, id, username);
	}

	/** Revokes one of {@code username}'s tokens on behalf of {@code actor}. */
	@Transactional
	public void revoke(String username, long id, String actor) {
		int revoked = jdbc
			.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND username = ? AND revoked_at IS NULL")
			.params(Timestamp.from(Instant.now()), id, username)
			.update();
		if (revoked == 0) {
			throw new NotFoundException("token", id);
		}
		audit.record(actor, null, "token.revoke", "api_token", id, null, Map.of("owner", username));
	}

	/**
	 * The account a token belongs to, as stored now, if the token is valid and not
	 * revoked and the account exists.
	 */
	Optional<Account> account(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		String hash = hash(token);
		Optional<Account> account = accounts.byToken(hash);
		Instant now = Instant.now();
		Instant noted = lastNoted.get(hash);
		// When it was last used, to the minute: a write for every request of a script
		// would cost more than the request itself.
		if (account.isPresent() && (noted == null || noted.isBefore(now.minusSeconds(60)))) {
			lastNoted.put(hash, now);
			jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE token_hash = ?")
				.params(Timestamp.from(now), hash)
				.update();
		}
		return account;
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
