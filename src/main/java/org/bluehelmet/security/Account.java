package org.bluehelmet.security;

import java.time.Instant;
import java.util.Set;

/**
 * A person's or a script's account.
 *
 * @param username unique log-in name
 * @param passwordHash the password, hashed by the configured {@code PasswordEncoder}
 * (never the password)
 * @param enabled whether it may log in
 * @param createdAt when it was created
 * @param roles what it may do
 * @param missions ids of the missions it may see; {@value #ALL_MISSIONS} stands for all
 * @param sessionsValidAfter sessions that began before this are refused (set when the
 * password changes, the account is disabled or its sessions are revoked), or {@code null}
 */
record Account(String username, String passwordHash, boolean enabled, Instant createdAt, Set<Role> roles,
		Set<String> missions, Instant sessionsValidAfter) {

	/** Stands for every mission, present and future. */
	public static final String ALL_MISSIONS = "*";

	public Account {
		roles = Set.copyOf(roles);
		missions = Set.copyOf(missions);
	}

	/** A new account: every session it will have is valid. */
	public Account(String username, String passwordHash, boolean enabled, Instant createdAt, Set<Role> roles,
			Set<String> missions) {
		this(username, passwordHash, enabled, createdAt, roles, missions, null);
	}

	/** Whether a session that began at {@code start} still stands. */
	public boolean acceptsSessionStartedAt(Instant start) {
		return enabled && (sessionsValidAfter == null || start.isAfter(sessionsValidAfter));
	}

}
