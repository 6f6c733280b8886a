package org.bluehelmet.language;

import org.bluehelmet.text.Language;
import org.bluehelmet.text.Messages;
import org.bluehelmet.text.Phrase;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Phrases kept in the database (a saved scenario's notes) are read back as the phrases
 * they were, and notes saved before they were phrases as the English text they were.
 */
class PhraseJsonTest {

	private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

	private final Messages messages = Messages.bundled();

	@Test
	void aStoredPhraseIsReadBackWholeAndStillSpeaksBothLanguages() {
		Phrase note = Phrase.of("posture.troopsLeaveCamps", "garrison", 150, "camps",
				Phrase.of("posture.list", "first", Phrase.of("posture.campTroops", "camp", "Gao", "troops", 1200),
						"rest", Phrase.of("posture.campTroops", "camp", "Mopti", "troops", 300)));
		Phrase back = json.readValue(json.writeValueAsString(note), Phrase.class);
		assertThat(messages.format(Language.ENGLISH, back)).isEqualTo(messages.format(Language.ENGLISH, note))
			.isEqualTo("The TOBs' troops leave camps that keep at least their garrison of 150: Gao 1,200, Mopti 300.");
		assertThat(messages.format(Language.FRENCH, back)).startsWith("Les militaires des BOT quittent");
	}

	@Test
	void notesSavedAsTextAreReadAsTheTextTheyWere() {
		List<Phrase> old = json.readValue("[\"No TOB adds people at risk.\"]", new TypeReference<List<Phrase>>() {
		});
		assertThat(messages.format(Language.FRENCH, old.get(0))).isEqualTo("No TOB adds people at risk.");
	}

}
