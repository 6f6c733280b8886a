/**
 * Accounts, roles and log-in. Every page and API call needs an account: people log in
 * with a form, scripts use HTTP Basic. Accounts carry roles and the missions they may see
 * from the start, so that per-mission access can be enforced without changing what is
 * stored.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "language", "system", "text" })
package org.bluehelmet.security;
