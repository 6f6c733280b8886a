package org.bluehelmet.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.bluehelmet.system.ProblemResponses;
import org.bluehelmet.text.Phrase;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before Spring Security's log-in filters: refuses log-in attempts the
 * {@link LoginThrottle} holds back (429), and logs in requests that carry a personal API
 * token ({@code Authorization: Bearer bh_…}); a token that is unknown, revoked or of a
 * disabled account is refused with 401.
 */
class AccessFilter extends OncePerRequestFilter {

	private final SecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();

	private final LoginThrottle throttle;

	private final ApiTokens tokens;

	AccessFilter(LoginThrottle throttle, ApiTokens tokens) {
		this.throttle = throttle;
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.startsWith("Bearer ")) {
			if (!logInWithToken(authorization.substring("Bearer ".length()).strip(), request, response)) {
				refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, Phrase.of("problem.token"));
				return;
			}
		}
		else {
			Optional<String> username = attemptedUsername(request, authorization);
			if (username.isPresent()) {
				Duration wait = throttle.waitFor(username.get(), request.getRemoteAddr());
				if (!wait.isZero()) {
					response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
					refuse(request, response, 429, Phrase.of("problem.throttled", "minutes",
							Phrase.of("problem.minutes", "n", minutes(wait))));
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	private boolean logInWithToken(String token, HttpServletRequest request, HttpServletResponse response) {
		Optional<Account> account = tokens.account(token);
		if (account.isEmpty() || !account.get().enabled()) {
			return false;
		}
		UserDetails user = AccountDetailsService.details(account.get());
		var context = SecurityContextHolder.createEmptyContext();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		authentication.setDetails(ApiTokens.TOKEN_LOG_IN);
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		// Kept with the request, so that its later dispatches (a streamed export's
		// asynchronous one) are logged in too; never in a session.
		contexts.saveContext(context, request, response);
		// Read from the database for this request: the rights check uses it, not a
		// second read of the same row.
		request.setAttribute(CurrentAccountFilter.ACCOUNT, account.get());
		return true;
	}

	/** The user name of a log-in attempt: the form's, or HTTP Basic's. */
	private static Optional<String> attemptedUsername(HttpServletRequest request, String authorization) {
		if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
			return Optional.ofNullable(request.getParameter("username"));
		}
		if (authorization != null && authorization.startsWith("Basic ")) {
			try {
				String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	private static long minutes(Duration wait) {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, Phrase detail)
			throws IOException {
		ProblemResponses.write(request, response, status,
				status == 429 ? "problem.title.tooManyRequests" : "problem.title.unauthorized", detail);
	}

}
