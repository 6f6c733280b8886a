/**
 * Keeping the data safe: backups that can be restored into an empty database (embedded or
 * PostgreSQL, either way round), and integrity checks after a crash or a restore.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "incident", "system" })
package org.bluehelmet.maintenance;
