package org.bluehelmet.language;

import org.bluehelmet.text.Language;
import org.bluehelmet.text.Phrase;
import java.security.Principal;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request: the account's choice, else the first of the browser's
 * languages ({@code Accept-Language}) that Blue Helmet speaks, else English. Spring's
 * locale resolver, so that whatever the server writes in words can follow it.
 */
@Component("localeResolver")
public class Languages implements LocaleResolver {

	private static final String LANGUAGE = Languages.class.getName() + ".language";

	private final LanguageChoice choices;

	private final boolean pseudo;

	Languages(LanguageChoice choices, @Value("${bluehelmet.language.pseudo:false}") boolean pseudo) {
		this.choices = choices;
		this.pseudo = pseudo;
	}

	public Language of(HttpServletRequest request) {
		// Read once a request: Spring asks the locale each time a word is written (a
		// problem's detail, each phrase of an answer), and the choice is a query.
		// Kept with the person it was read for: a request that logs in on the way (a
		// token) reads the account's choice, not what was read before anyone was known.
		Principal user = request.getUserPrincipal();
		String username = user == null ? null : user.getName();
		if (request.getAttribute(LANGUAGE) instanceof ReadFor known && Objects.equals(known.username(), username)) {
			return known.language();
		}
		Language language = read(request);
		request.setAttribute(LANGUAGE, new ReadFor(username, language));
		return language;
	}

	/** A request's language and the person (or nobody) it was read for. */
	private record ReadFor(String username, Language language) {
	}

	private Language read(HttpServletRequest request) {
		Principal user = request.getUserPrincipal();
		if (user != null) {
			java.util.Optional<Language> chosen = choices.of(user.getName()).flatMap(tag -> Language.of(tag, pseudo));
			if (chosen.isPresent()) {
				return chosen.get();
			}
		}
		if (request.getHeader("Accept-Language") != null) {
			for (Locale locale : Collections.list(request.getLocales())) {
				java.util.Optional<Language> spoken = Language.of(locale.toLanguageTag(), pseudo);
				if (spoken.isPresent()) {
					return spoken.get();
				}
			}
		}
		return Language.ENGLISH;
	}

	/**
	 * The language asked for by a parameter ({@code lang=fr}), else the request's; a
	 * language Blue Helmet does not speak is refused, naming the parameter.
	 */
	Language asked(String parameter, String tag, HttpServletRequest request) {
		if (tag == null || tag.isBlank()) {
			return of(request);
		}
		return spoken(tag).orElseThrow(
				() -> new org.bluehelmet.system.InvalidInputException(parameter, Phrase.of("problem.language")));
	}

	/** The language a tag names, or empty when Blue Helmet does not speak it here. */
	java.util.Optional<Language> spoken(String tag) {
		return Language.of(tag, pseudo);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return of(request).locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("the language is chosen with PUT /api/v1/me/language");
	}

}
