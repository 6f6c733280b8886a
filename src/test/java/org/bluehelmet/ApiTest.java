package org.bluehelmet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What every HTTP API test needs: the server on a random port with a known {@code admin}
 * password, and a client for it. Each subclass gives itself a database of its own with a
 * {@code @DynamicPropertySource}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "bluehelmet.security.admin-password=" + ApiTest.PASSWORD)
public abstract class ApiTest {

	public static final String PASSWORD = "api-test-password";

	@Value("${local.server.port}")
	protected int port;

	/** A client logged in as {@code admin}. */
	protected ApiClient api() {
		return new ApiClient(port, "admin", PASSWORD);
	}

}
