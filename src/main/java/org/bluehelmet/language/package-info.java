/**
 * The languages people read Blue Helmet in: English and French, the UN Secretariat's
 * working languages. One message bundle per language ({@code i18n/messages*.properties});
 * the language of a request is the account's choice, else the browser's, else English.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "text" })
package org.bluehelmet.language;
