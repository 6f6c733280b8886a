package org.bluehelmet.audit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Audits exports; after the per-mission check (which has order 0). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AuditWebConfiguration implements WebMvcConfigurer {

	private final AuditLog audit;

	AuditWebConfiguration(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ExportAuditInterceptor(audit)).order(10);
	}

}
