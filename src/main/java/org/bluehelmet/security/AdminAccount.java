package org.bluehelmet.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.bluehelmet.system.ServerLock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first account: on first start of the server, when no {@code admin} account exists,
 * it is created as system administrator of every mission, with the configured password or
 * a random one that is printed once.
 */
@Component
class AdminAccount {

	static final String USERNAME = "admin";

	private final AccountStore accounts;

	private final PasswordEncoder passwords;

	private final SecurityProperties properties;

	private final ServerLock startup;

	AdminAccount(AccountStore accounts, PasswordEncoder passwords, SecurityProperties properties, ServerLock startup) {
		this.accounts = accounts;
		this.startup = startup;
		this.passwords = passwords;
		this.properties = properties;
	}

	/**
	 * Creates the account if missing; returns the random password it made, or
	 * {@code null}.
	 */
	@Transactional
	String createIfMissing() {
		startup.hold("admin-account");
		if (accounts.exists(USERNAME)) {
			return null;
		}
		String configured = properties.adminPassword();
		boolean random = configured == null || configured.isBlank();
		String password = random ? randomPassword() : configured;
		accounts.insert(new Account(USERNAME, passwords.encode(password), true, Instant.now(),
				Set.of(Role.SYSTEM_ADMINISTRATOR), Set.of(Account.ALL_MISSIONS)));
		return random ? password : null;
	}

	private static String randomPassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
