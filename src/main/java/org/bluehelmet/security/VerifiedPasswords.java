package org.bluehelmet.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers for a few minutes that a password matched its stored hash, so that a script
 * sending HTTP Basic with every request costs one Argon2id hash (16 MiB and tens of
 * milliseconds of a core) every few minutes instead of one per request.
 * <p>
 * Elasticsearch's realm cache works this way ({@code cache.ttl},
 * {@code cache.hash_algo}): only successes are kept, under the stored hash and a keyed
 * digest of the password (HMAC-SHA-256 with a key drawn when the server starts), never
 * the password itself. A changed password has another stored hash and misses at once; a
 * disabled account or a role taken away is still refused at once, since the account is
 * read from the database at every log-in and every request. The price: for those minutes,
 * someone who could read this server's memory could test guesses of a recently used
 * password with a fast digest instead of Argon2id.
 */
final class VerifiedPasswords implements PasswordEncoder {

	private static final String DIGEST = "HmacSHA256";

	private final PasswordEncoder hashes;

	private final SecretKeySpec key;

	private final Cache<String, Boolean> matched;

	/**
	 * @param hashes what hashes and checks passwords
	 * @param kept how long a match is remembered; zero remembers nothing
	 */
	VerifiedPasswords(PasswordEncoder hashes, Duration kept) {
		if (kept.isNegative()) {
			throw new IllegalArgumentException(
					"bluehelmet.security.verified-passwords-kept cannot be negative, not " + kept);
		}
		this.hashes = hashes;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, DIGEST);
		this.matched = Caffeine.newBuilder().expireAfterWrite(kept).maximumSize(kept.isZero() ? 0 : 10_000).build();
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return hashes.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return hashes.matches(rawPassword, encodedPassword);
		}
		String seen = encodedPassword + '\n' + digest(rawPassword);
		if (matched.getIfPresent(seen) != null) {
			return true;
		}
		boolean matches = hashes.matches(rawPassword, encodedPassword);
		if (matches) {
			matched.put(seen, Boolean.TRUE);
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return hashes.upgradeEncoding(encodedPassword);
	}

	private String digest(CharSequence rawPassword) {
		try {
			Mac mac = Mac.getInstance(DIGEST);
			mac.init(key);
			return Base64.getEncoder()
				.encodeToString(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("the JDK has no " + DIGEST, ex);
		}
	}

}
