/**
 * The audit log: every change and every export, who and when, before and after, in an
 * append-only table whose entries are chained by SHA-256 hashes so that tampering is
 * detectable ({@code bluehelmet audit verify}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.bluehelmet.audit;
