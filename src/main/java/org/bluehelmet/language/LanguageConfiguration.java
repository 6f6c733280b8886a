package org.bluehelmet.language;

import org.bluehelmet.text.Messages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The message bundles as a bean, the same ones the exceptions' messages are read from.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

	@Bean
	Messages messages() {
		return Messages.bundled();
	}

}
