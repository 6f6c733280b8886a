package org.bluehelmet.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Accounts, their roles and missions; the only class that writes SQL for them. */
@Repository
class AccountStore {

	private final JdbcClient jdbc;

	/** Accounts by name with the version they were read at. */
	private final Map<String, Known> known = new ConcurrentHashMap<>();

	AccountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	void insert(Account account) {
		jdbc.sql("INSERT INTO account (username, password_hash, enabled, created_at) VALUES (?, ?, ?, ?)")
			.params(account.username(), account.passwordHash(), account.enabled(), Timestamp.from(account.createdAt()))
			.update();
		account.roles()
			.forEach(role -> jdbc.sql("INSERT INTO account_role (username, role) VALUES (?, ?)")
				.params(account.username(), role.name())
				.update());
		account.missions()
			.forEach(mission -> jdbc.sql("INSERT INTO account_mission (username, mission_id) VALUES (?, ?)")
				.params(account.username(), mission)
				.update());
	}

	/**
	 * The account with its roles and missions. The roles and missions are read after the
	 * account's row, not inside its row mapper: a query inside another holds two pooled
	 * connections at once, and enough concurrent log-ins then wait on each other for ever
	 * (found by {@code bench load}).
	 */
	@Transactional(readOnly = true)
	Optional<Account> find(String username) {
		Optional<Account> row = jdbc.sql("SELECT * FROM account WHERE username = ?")
			.param(username)
			.query((rs, n) -> new Account(rs.getString("username"), rs.getString("password_hash"),
					rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(), Set.of(), Set.of(),
					instant(rs.getTimestamp("sessions_valid_after"))))
			.optional();
		return row.map(account -> new Account(account.username(), account.passwordHash(), account.enabled(),
				account.createdAt(), roles(username), missions(username), account.sessionsValidAfter()));
	}

	List<Account> all() {
		return jdbc.sql("SELECT username FROM account ORDER BY username")
			.query(String.class)
			.list()
			.stream()
			.map(username -> find(username).orElseThrow())
			.toList();
	}

	int version(String username) {
		return jdbc.sql("SELECT version FROM account WHERE username = ?").param(username).query(Integer.class).single();
	}

	boolean missionExists(String missionId) {
		return jdbc.sql("SELECT COUNT(*) FROM mission WHERE id = ?").param(missionId).query(Integer.class).single() > 0;
	}

	/**
	 * Changes an account if it is still at {@code version}; returns whether it was.
	 * @param passwordHash the new hash, or {@code null} to keep the password
	 * @param endSessions whether every session begun until now ends (and with it every
	 * API token): the password changed or the account was disabled
	 */
	@Transactional
	boolean update(String username, int version, boolean enabled, Set<Role> roles, Set<String> missions,
			String passwordHash, boolean endSessions) {
		int updated = jdbc.sql("""
				UPDATE account SET enabled = ?, version = version + 1,
				  password_hash = COALESCE(?, password_hash) WHERE username = ? AND version = ?""")
			.params(enabled, passwordHash, username, version)
			.update();
		if (updated > 0 && endSessions) {
			endSessionsAndTokens(username);
		}
		if (updated == 0) {
			return false;
		}
		jdbc.sql("DELETE FROM account_role WHERE username = ?").param(username).update();
		jdbc.sql("DELETE FROM account_mission WHERE username = ?").param(username).update();
		roles.forEach(role -> jdbc.sql("INSERT INTO account_role (username, role) VALUES (?, ?)")
			.params(username, role.name())
			.update());
		missions.forEach(mission -> jdbc.sql("INSERT INTO account_mission (username, mission_id) VALUES (?, ?)")
			.params(username, mission)
			.update());
		return true;
	}

	/**
	 * Ends every session of the account begun until now (an administrator's revocation).
	 */
	@Transactional
	void endSessions(String username) {
		jdbc.sql("UPDATE account SET sessions_valid_after = ? WHERE username = ?")
			.params(Timestamp.from(Instant.now()), username)
			.update();
	}

	/**
	 * Ends every session and revokes every API token of the account: what a password
	 * change or a disabled account means.
	 */
	@Transactional
	void endSessionsAndTokens(String username) {
		endSessions(username);
		jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE username = ? AND revoked_at IS NULL")
			.params(Timestamp.from(Instant.now()), username)
			.update();
	}

	/** Changes the password only (the account's own change, which needs no version). */
	@Transactional
	void changePassword(String username, String passwordHash) {
		jdbc.sql("UPDATE account SET password_hash = ?, version = version + 1 WHERE username = ?")
			.params(passwordHash, username)
			.update();
		endSessionsAndTokens(username);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/**
	 * The account as log-in and access checks see it: as stored now, on whichever server
	 * changed it. Costs one query by primary key (its version, whether it is enabled and
	 * since when its sessions hold); its roles and missions are read again only when its
	 * version changed (every change of them bumps it).
	 */
	Optional<Account> current(String username) {
		Optional<Stamp> stamp = jdbc
			.sql("SELECT username, version, enabled, sessions_valid_after FROM account WHERE username = ?")
			.param(username)
			.query(AccountStore::stamp)
			.optional();
		if (stamp.isEmpty()) {
			known.remove(username);
			return Optional.empty();
		}
		return current(stamp.get());
	}

	/**
	 * The account an API token (by its hash) belongs to, as {@link #current(String)}
	 * reads it, if the token is valid and not revoked: the token's owner and the
	 * account's stamp in one query, since every request of a script asks both.
	 */
	Optional<Account> byToken(String tokenHash) {
		return jdbc.sql("""
				SELECT a.username, a.version, a.enabled, a.sessions_valid_after FROM api_token t
				JOIN account a ON a.username = t.username WHERE t.token_hash = ? AND t.revoked_at IS NULL""")
			.param(tokenHash)
			.query(AccountStore::stamp)
			.optional()
			.flatMap(this::current);
	}

	private static Stamp stamp(ResultSet rs, int row) throws SQLException {
		return new Stamp(rs.getString("username"), rs.getInt("version"), rs.getBoolean("enabled"),
				instant(rs.getTimestamp("sessions_valid_after")));
	}

	private Optional<Account> current(Stamp stamp) {
		String username = stamp.username();
		Known kept = known.get(username);
		if (kept != null && kept.version() == stamp.version()) {
			return Optional.of(stamp.applyTo(kept.account()));
		}
		// Read after the stamp: never older than it; if newer, the next stamp differs.
		Optional<Account> account = find(username);
		if (known.size() > 10_000) {
			known.clear();
		}
		account.ifPresent(read -> known.put(username, new Known(stamp.version(), read)));
		return account.map(stamp::applyTo);
	}

	/**
	 * What changes without a new version: enabled and sessions' start are read each time.
	 */
	private record Stamp(String username, int version, boolean enabled, Instant sessionsValidAfter) {

		Account applyTo(Account account) {
			return new Account(account.username(), account.passwordHash(), enabled, account.createdAt(),
					account.roles(), account.missions(), sessionsValidAfter);
		}

	}

	private record Known(int version, Account account) {
	}

	boolean exists(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM account WHERE username = ?")
			.param(username)
			.query(Integer.class)
			.single() > 0;
	}

	private Set<Role> roles(String username) {
		return new HashSet<>(jdbc.sql("SELECT role FROM account_role WHERE username = ?")
			.param(username)
			.query((rs, n) -> Role.valueOf(rs.getString("role")))
			.list());
	}

	Set<String> missions(String username) {
		return new HashSet<>(jdbc.sql("SELECT mission_id FROM account_mission WHERE username = ?")
			.param(username)
			.query(String.class)
			.list());
	}

}
