package org.bluehelmet.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of log-in, under {@code bluehelmet.security}.
 *
 * @param adminPassword password of the {@code admin} account created on first start; when
 * empty a random one is made and printed once. Taken from the environment variable
 * {@code BLUEHELMET_ADMIN_PASSWORD} by default.
 */
@Validated
@ConfigurationProperties("bluehelmet.security")
record SecurityProperties(String adminPassword) {
}
