package org.bluehelmet.security;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CSRF token of the caller's session, for pages that send changes with {@code fetch}:
 * they put {@code token} in the header named {@code headerName}.
 */
@RestController
class CsrfTokenController {

	@GetMapping("/api/v1/csrf")
	CsrfToken csrf(CsrfToken token) {
		return token;
	}

}
