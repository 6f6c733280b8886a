/**
 * Performance assessment, as the UN's Comprehensive Planning and Performance Assessment
 * System (CPAS) does it: indicators over the stored data (a measure with filters, a
 * baseline, a target, a status), a dashboard, and the monthly mission report (PDF, HTML
 * and a CSV annex tracing every figure). Reads the other features; nothing reads it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "casualty", "forcegen", "geo",
		"incident", "language", "mission", "posture", "system", "text", "warning" })
package org.bluehelmet.performance;
