package org.bluehelmet.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Every page and API call needs an account, except the log-in page, error pages, static
 * libraries and the health check. People log in with a form (session cookie, CSRF
 * protection); scripts send HTTP Basic. A browser asking for a page without a session is
 * sent to the log-in form; a script gets 401. Sessions are kept in the database (Spring
 * Session JDBC), so every server of one installation knows them. Only in the server:
 * commands without a web server need none of it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(WebSecurityConfiguration.class);

	/**
	 * What a page may load: only this server's scripts and styles (Leaflet sets inline
	 * styles on map elements, hence {@code 'unsafe-inline'} for styles only), images also
	 * as data URLs (Leaflet's markers), no frames, no plugins.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; "
			+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, ApiTokens tokens,
			AccountStore accounts) throws Exception {
		http.authorizeHttpRequests(requests -> {
			requests
				.requestMatchers("/error", "/webjars/**", "/css/**", "/favicon.ico", "/favicon.svg", "/sw.js",
						"/manifest.webmanifest", "/i18n/messages.js", "/actuator/health", "/actuator/health/liveness",
						"/actuator/health/readiness")
				.permitAll();
			for (AccessRules.Rule rule : AccessRules.RULES) {
				requests.requestMatchers(rule.method(), rule.pattern())
					.hasAnyRole(AccessRules.authorities(rule.roles()));
			}
			requests.anyRequest().authenticated();
		})
			// Scripts that send HTTP Basic or a token with every request carry no session
			// cookie to forge.
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> {
				String authorization = String.valueOf(request.getHeader("Authorization"));
				return authorization.startsWith("Basic ") || authorization.startsWith("Bearer ");
			}))
			.addFilterBefore(new AccessFilter(throttle, tokens), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new CurrentAccountFilter(accounts), AuthorizationFilter.class)

			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()))
			// The site's own log-in page (LoginPageController); logging out is a POST
			// from
			// the navigation, with no "Are you sure?" page between.
			.formLogin(form -> form.loginPage("/login").permitAll())
			.requestCache(cache -> cache.requestCache(pagesOnly()))
			.httpBasic(Customizer.withDefaults())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
		return http.build();
	}

	/**
	 * After logging in, the browser goes back to the page it was sent away from; only a
	 * page the person opened counts (a navigation, says the browser's
	 * {@code Sec-Fetch-Mode}), not what the offline worker or a script fetched meanwhile,
	 * which once sent a person (and a page test) to the incident form or to a script's
	 * text instead of the map they had asked for.
	 */
	private static HttpSessionRequestCache pagesOnly() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(
				request -> "GET".equals(request.getMethod()) && "navigate".equals(request.getHeader("Sec-Fetch-Mode")));
		return cache;
	}

	@Bean
	ApplicationRunner adminAccountOnFirstStart(AdminAccount admin) {
		return args -> {
			String password = admin.createIfMissing();
			if (password != null) {
				// Printed once, on the console only: the hash is all that is stored.
				System.out.println();
				System.out.println("  Created the account 'admin' with the password: " + password);
				System.out.println(
						"  It is shown only this once. Set BLUEHELMET_ADMIN_PASSWORD before the first start to choose it.");
				System.out.println();
				log.info("Created the account 'admin'");
			}
		};
	}

}
