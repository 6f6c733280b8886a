/**
 * The words Blue Helmet writes, in each language it speaks: the message bundles
 * ({@code i18n/messages*.properties}), phrases kept as a key and values until written in
 * a reader's language, and the languages themselves. Depends on nothing of Blue Helmet,
 * so that every feature, and the shared {@code system} kernel's problem details, can
 * speak French and English.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.bluehelmet.text;
