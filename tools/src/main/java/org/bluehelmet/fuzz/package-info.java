/**
 * Generated malformed input for the importers and the JSON API, to show that bad input is
 * refused cleanly: no server error, no stack trace shown, nothing half-written. Used by a
 * short, seeded test in CI and by {@code bluehelmet bench fuzz} for long runs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "incident", "system" })
package org.bluehelmet.fuzz;
