/**
 * The {@code bluehelmet} command and its subcommands (picocli). Commands parse options,
 * start the application context they need, call a feature's service and set the exit
 * code; they hold no logic.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "casualty", "forcegen", "geo",
		"incident", "maintenance", "mission", "performance", "posture", "system", "text", "warning" })
package org.bluehelmet.cli;
