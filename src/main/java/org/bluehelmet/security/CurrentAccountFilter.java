package org.bluehelmet.security;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes every request act with the account as it is stored now, not as it was at log-in:
 * runs after the log-in filters and before the access rules. A session of an account that
 * was disabled, removed, or whose password changed or sessions were revoked after the
 * session began, is ended and the request goes on as anonymous (a page is sent to the
 * log-in form, a script gets 401). Otherwise the request's roles are the stored ones, so
 * a demotion applies at the next request. Missions are read from the stored account by
 * {@link MissionAccess}.
 * <p>
 * The account is read through {@link AccountStore#current}: as stored now, whichever
 * server of the installation changed it.
 */
final class CurrentAccountFilter extends OncePerRequestFilter {

	/** Session attribute: when the session's log-in happened ({@link Instant}). */
	static final String LOGGED_IN_AT = CurrentAccountFilter.class.getName() + ".loggedInAt";

	/**
	 * Request attribute: the caller's account as this request read it ({@link Account}),
	 * so that the request's other checks ({@link MissionAccess}) need not read it again.
	 */
	static final String ACCOUNT = CurrentAccountFilter.class.getName() + ".account";

	private final AccountStore accounts;

	CurrentAccountFilter(AccountStore accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		// An account read for this request's log-in (by token) is as stored now.
		Optional<Account> account = request.getAttribute(ACCOUNT) instanceof Account read
				&& read.username().equals(caller.getName()) ? Optional.of(read) : accounts.current(caller.getName());
		HttpSession session = request.getSession(false);
		boolean fromSession = session != null
				&& session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
		Instant began = fromSession ? began(session) : Instant.now();
		if (account.isEmpty() || !account.get().acceptsSessionStartedAt(began)) {
			if (fromSession) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
		}
		else {
			SecurityContextHolder.setContext(withStoredRoles(caller, account.get()));
			request.setAttribute(ACCOUNT, account.get());
		}
		chain.doFilter(request, response);
	}

	/** When the session logged in; its creation if it was not noted (never later). */
	static Instant began(HttpSession session) {
		try {
			return session.getAttribute(LOGGED_IN_AT) instanceof Instant at ? at
					: Instant.ofEpochMilli(session.getCreationTime());
		}
		catch (IllegalStateException invalidated) {
			return Instant.EPOCH;
		}
	}

	private static SecurityContext withStoredRoles(Authentication caller, Account account) {
		List<SimpleGrantedAuthority> authorities = account.roles()
			.stream()
			.map(role -> new SimpleGrantedAuthority(role.authority()))
			.toList();
		UsernamePasswordAuthenticationToken fresh = UsernamePasswordAuthenticationToken
			.authenticated(caller.getPrincipal(), null, authorities);
		fresh.setDetails(caller.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(fresh);
		return context;
	}

}
