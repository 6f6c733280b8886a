package org.bluehelmet.language;

import org.bluehelmet.text.Language;
import java.util.Optional;

import org.bluehelmet.system.PerAccountValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The language each person chose, remembered with their account (on any browser). */
@Repository
class LanguageChoice {

	private final PerAccountValue chosen;

	LanguageChoice(JdbcClient jdbc) {
		this.chosen = new PerAccountValue(jdbc, "account_language", "language");
	}

	Optional<String> of(String username) {
		return chosen.of(username);
	}

	@Transactional
	void choose(String username, Language language) {
		chosen.set(username, language.tag());
	}

}
