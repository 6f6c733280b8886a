package org.bluehelmet.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Filters every request meets first, before security: the start-up gate and body limits.
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

	@Bean
	FilterRegistrationBean<StartupGate> startupGate(ApplicationAvailability availability) {
		FilterRegistrationBean<StartupGate> registration = new FilterRegistrationBean<>(new StartupGate(availability));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
