package org.bluehelmet.security;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Accounts, their roles and missions; the only class that writes SQL for them. */
@Repository
class AccountStore {

	private final JdbcClient jdbc;

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

	Optional<Account> find(String username) {
		return jdbc.sql("SELECT * FROM account WHERE username = ?")
			.param(username)
			.query((rs, n) -> new Account(rs.getString("username"), rs.getString("password_hash"),
					rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(), roles(username),
					missions(username)))
			.optional();
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

	private Set<String> missions(String username) {
		return new HashSet<>(jdbc.sql("SELECT mission_id FROM account_mission WHERE username = ?")
			.param(username)
			.query(String.class)
			.list());
	}

}
