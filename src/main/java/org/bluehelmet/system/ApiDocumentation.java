package org.bluehelmet.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The description of the HTTP API that springdoc-openapi derives from the controllers,
 * served at {@code /v3/api-docs} and browsable at {@code /swagger-ui/index.html} (both
 * need an account).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI blueHelmetApi() {
		return new OpenAPI()
			.info(new Info().title("Blue Helmet API")
				.version("v1")
				.description("Missions, sites and deployments of UN peace operations. Errors are "
						+ "application/problem+json (RFC 9457) naming the field at fault."))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
