package org.bluehelmet.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of log-in, under {@code bluehelmet.security}.
 *
 * @param adminPassword password of the {@code admin} account created on first start; when
 * empty a random one is made and printed once. Taken from the environment variable
 * {@code BLUEHELMET_ADMIN_PASSWORD} by default.
 * @param verifiedPasswordsKept how long a password that matched its hash is remembered,
 * so that HTTP Basic with every request is not hashed every time (default 5 minutes; 0
 * for never)
 */
@Validated
@ConfigurationProperties("bluehelmet.security")
record SecurityProperties(String adminPassword, @DefaultValue("5m") java.time.Duration verifiedPasswordsKept) {
}
