package org.bluehelmet.language;

import java.util.List;

import org.bluehelmet.text.Messages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The message bundles as a bean, the same ones the exceptions' messages are read from;
 * the language a handler is asked to write in ({@link AskedLanguage}).
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	private final ObjectProvider<Languages> languages;

	LanguageConfiguration(ObjectProvider<Languages> languages) {
		this.languages = languages;
	}

	@Bean
	Messages messages() {
		return Messages.bundled();
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new AskedLanguageResolver(languages));
	}

}
