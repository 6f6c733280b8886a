/**
 * The few pieces every feature shares: typed exceptions for bad input, missing records
 * and conflicts, and their translation into RFC 9457 problem details.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "text" })
package org.bluehelmet.system;
