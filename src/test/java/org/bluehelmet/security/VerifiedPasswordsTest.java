package org.bluehelmet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordsTest {

	/** Spring Security's Argon2id, counted: every call is a real hash. */
	private final AtomicInteger hashed = new AtomicInteger();

	private final PasswordEncoder argon2 = new PasswordEncoder() {

		private final PasswordEncoder real = org.springframework.security.crypto.argon2.Argon2PasswordEncoder
			.defaultsForSpringSecurity_v5_8();

		@Override
		public String encode(CharSequence raw) {
			return real.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			hashed.incrementAndGet();
			return real.matches(raw, encoded);
		}

	};

	@Test
	void aMatchingPasswordIsHashedOnceThenRemembered() {
		VerifiedPasswords passwords = new VerifiedPasswords(argon2, Duration.ofMinutes(5));
		String stored = passwords.encode("a-long-enough-password");
		for (int i = 0; i < 5; i++) {
			assertThat(passwords.matches("a-long-enough-password", stored)).isTrue();
		}
		assertThat(hashed).hasValue(1);
	}

	@Test
	void aWrongPasswordIsHashedEveryTimeAndNeverRemembered() {
		VerifiedPasswords passwords = new VerifiedPasswords(argon2, Duration.ofMinutes(5));
		String stored = passwords.encode("a-long-enough-password");
		assertThat(passwords.matches("a-long-enough-password", stored)).isTrue();
		for (int i = 0; i < 3; i++) {
			assertThat(passwords.matches("a-long-enough-passwore", stored)).isFalse();
		}
		assertThat(hashed).hasValue(4);
	}

	@Test
	void anotherStoredHashIsCheckedAgain() {
		VerifiedPasswords passwords = new VerifiedPasswords(argon2, Duration.ofMinutes(5));
		String before = passwords.encode("a-long-enough-password");
		assertThat(passwords.matches("a-long-enough-password", before)).isTrue();
		String changed = passwords.encode("another-long-password");
		assertThat(passwords.matches("a-long-enough-password", changed)).isFalse();
		assertThat(hashed).hasValue(2);
	}

	@Test
	void keptForNoTimeRemembersNothing() {
		VerifiedPasswords passwords = new VerifiedPasswords(argon2, Duration.ZERO);
		String stored = passwords.encode("a-long-enough-password");
		assertThat(passwords.matches("a-long-enough-password", stored)).isTrue();
		assertThat(passwords.matches("a-long-enough-password", stored)).isTrue();
		assertThat(hashed).hasValue(2);
	}

	@Test
	void aNegativeTimeIsRefusedNamingTheSetting() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new VerifiedPasswords(argon2, Duration.ofMinutes(-1)))
			.withMessageContaining("bluehelmet.security.verified-passwords-kept");
	}

}
