package org.bluehelmet.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the per-mission check in front of every controller. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebAccessConfiguration implements WebMvcConfigurer {

	private final MissionAccess access;

	WebAccessConfiguration(MissionAccess access) {
		this.access = access;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new MissionAccessInterceptor(access)).order(0);
	}

}
