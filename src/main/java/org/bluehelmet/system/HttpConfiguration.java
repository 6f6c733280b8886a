package org.bluehelmet.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Filters every request meets first, before security: the start-up gate and body limits;
 * and, after security, the content tags of scripts and styles.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class HttpConfiguration {

	@Bean
	FilterRegistrationBean<DirectErrorPath> directErrorPath() {
		FilterRegistrationBean<DirectErrorPath> registration = new FilterRegistrationBean<>(new DirectErrorPath());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Bean
	FilterRegistrationBean<BodyLimit> bodyLimit(HttpProperties properties) {
		FilterRegistrationBean<BodyLimit> registration = new FilterRegistrationBean<>(
				new BodyLimit(properties.maxBodySize().toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * Scripts, styles, libraries and icons tagged by their content ({@code ETag}, an MD5
	 * of what is sent), so that a browser asking again gets a 304 of a few bytes when it
	 * has them, and the files themselves whenever they differ, newer or older: with the
	 * jar's time as {@code Last-Modified} (switched off in application.properties), a
	 * server put back to an older version answered "not modified" to a browser holding
	 * the newer scripts.
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> staticFilesTaggedByContent() {
		ShallowEtagHeaderFilter tags = new ShallowEtagHeaderFilter();
		// Weak: Tomcat does not compress an answer with a strong tag (the tag is of the
		// uncompressed bytes).
		tags.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(tags);
		registration.addUrlPatterns("/js/*", "/css/*", "/webjars/*", "/sw.js", "/favicon.svg", "/manifest.webmanifest");
		return registration;
	}

	@Bean
	FilterRegistrationBean<StartupGate> startupGate(ApplicationAvailability availability) {
		FilterRegistrationBean<StartupGate> registration = new FilterRegistrationBean<>(new StartupGate(availability));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
