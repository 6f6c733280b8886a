/**
 * Peacekeeper fatalities from the UN's published record (every mission since 1948): what
 * UCDP does not count, imported per mission and fed to the safety indicators and the
 * monthly report.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "geo", "mission", "system", "text" })
package org.bluehelmet.casualty;
