package org.bluehelmet.language;

import org.bluehelmet.text.Language;
import org.bluehelmet.text.Phrase;
import org.bluehelmet.text.Messages;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.bluehelmet.system.InvalidInputException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages' words in the reader's language, and the choice of language.
 */
@RestController
class LanguageController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Languages languages;

	private final LanguageChoice choices;

	private final Messages messages;

	private final Map<Language, MessagesScript> scripts = new ConcurrentHashMap<>();

	LanguageController(Languages languages, LanguageChoice choices, Messages messages) {
		this.languages = languages;
		this.choices = choices;
		this.messages = messages;
	}

	/**
	 * A script that gives the pages their language and messages before they draw: loaded
	 * as a file (the pages allow no inline script), data only, from the bundles.
	 */
	@GetMapping(path = "/i18n/messages.js", produces = "text/javascript;charset=UTF-8")
	ResponseEntity<String> script(HttpServletRequest request) {
		MessagesScript script = scripts.computeIfAbsent(languages.of(request), this::script);
		// With its tag, a browser that has this language's script gets a 304 (Spring
		// MVC answers If-None-Match itself): every page loads it.
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).eTag(script.tag()).body(script.body());
	}

	/**
	 * One language's script and its entity tag: the bundles are in the jar, so made once.
	 */
	record MessagesScript(String body, String tag) {
	}

	private MessagesScript script(Language language) {
		String body = "window.BH_LANG = " + JSON.writeValueAsString(language.tag()) + ";\nwindow.BH_MESSAGES = "
				+ JSON.writeValueAsString(messages.of(language)) + ";\n";
		String digest = DigestUtils.md5DigestAsHex(body.getBytes(StandardCharsets.UTF_8));
		// Weak: Tomcat compresses no answer with a strong tag, and this one is 73 kB.
		return new MessagesScript(body, "W/\"" + digest + "\"");
	}

	record ChosenLanguage(String language) {
	}

	/** Remembers the language the caller chose, for every page and browser. */
	@PutMapping("/api/v1/me/language")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void choose(@RequestBody ChosenLanguage chosen, Principal user) {
		Language language = languages.spoken(chosen == null ? null : chosen.language())
			.orElseThrow(() -> new InvalidInputException("language", Phrase.of("problem.language")));
		choices.choose(user.getName(), language);
	}

	/** The caller's language as the pages use it. */
	@GetMapping("/api/v1/me/language")
	Map<String, String> current(HttpServletRequest request) {
		return Map.of("language", languages.of(request).tag());
	}

}
