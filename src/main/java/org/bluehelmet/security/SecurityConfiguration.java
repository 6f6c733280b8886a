package org.bluehelmet.security;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What accounts need in every context, with or without the web server. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

	/**
	 * Argon2id for new hashes (the first choice of OWASP's Password Storage Cheat Sheet,
	 * with Spring Security's parameters: 16 MiB, 2 passes), while hashes of the other
	 * algorithms Spring Security knows (bcrypt, of accounts made before) are still read.
	 * A password that matched is remembered for a few minutes
	 * ({@link VerifiedPasswords}).
	 */
	@Bean
	PasswordEncoder passwordEncoder(SecurityProperties properties) {
		String argon2 = "argon2@SpringSecurity_v5_8";
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put(argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		encoders.put("bcrypt", new BCryptPasswordEncoder());
		return new VerifiedPasswords(new DelegatingPasswordEncoder(argon2, encoders),
				properties.verifiedPasswordsKept());
	}

}
