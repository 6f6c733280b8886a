package org.bluehelmet.language;

import org.bluehelmet.text.Language;
import org.bluehelmet.text.Messages;
import org.bluehelmet.text.Phrase;
import org.springframework.boot.jackson.JacksonComponent;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * A phrase in a JSON answer is written as text in the language of the request (the
 * account's choice, else the browser's, as {@link Languages} resolves it); outside a
 * request, in English.
 */
@JacksonComponent
class PhraseJson extends ValueSerializer<Phrase> {

	private final Messages messages;

	PhraseJson(Messages messages) {
		this.messages = messages;
	}

	@Override
	public void serialize(Phrase phrase, JsonGenerator out, SerializationContext context) {
		out.writeString(messages.format(Language.current(), phrase));
	}

}
