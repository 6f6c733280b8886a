package org.bluehelmet.text;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A language Blue Helmet speaks. {@code PSEUDO} (tag {@code en-XA}, as Chromium names its
 * pseudo-locale) is English with every message marked, for tests that look for text a
 * page shows without taking it from the bundle; it is offered only when
 * {@code bluehelmet.language.pseudo} is on.
 */
public enum Language {

	ENGLISH("en"), FRENCH("fr"), PSEUDO("en-XA");

	private final String tag;

	Language(String tag) {
		this.tag = tag;
	}

	public String tag() {
		return tag;
	}

	public Locale locale() {
		return Locale.forLanguageTag(tag);
	}

	/**
	 * The language of the request being answered (Spring's locale of the request, which
	 * the language resolver sets from the account's choice or the browser's); English
	 * outside a request.
	 */
	public static Language current() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		if (context == null || context.getLocale() == null) {
			return ENGLISH;
		}
		return of(context.getLocale().toLanguageTag(), true).orElse(ENGLISH);
	}

	/**
	 * The language a tag names ({@code fr}, {@code fr-CA}, {@code en-GB}…), if spoken.
	 */
	public static Optional<Language> of(String tag, boolean pseudo) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		Locale locale = Locale.forLanguageTag(tag.trim());
		if (pseudo && "XA".equalsIgnoreCase(locale.getCountry()) && "en".equals(locale.getLanguage())) {
			return Optional.of(PSEUDO);
		}
		return switch (locale.getLanguage()) {
			case "en" -> Optional.of(ENGLISH);
			case "fr" -> Optional.of(FRENCH);
			default -> Optional.empty();
		};
	}

}
