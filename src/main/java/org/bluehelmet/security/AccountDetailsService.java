package org.bluehelmet.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Lets Spring Security log accounts in; each role becomes the authority
 * {@code ROLE_<ROLE>}.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private final AccountStore accounts;

	AccountDetailsService(AccountStore accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return details(accounts.current(username).orElseThrow(() -> new UsernameNotFoundException("no such account")));
	}

	static UserDetails details(Account account) {
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.disabled(!account.enabled())
			.roles(account.roles().stream().map(Role::name).toArray(String[]::new))
			.build();
	}

}
