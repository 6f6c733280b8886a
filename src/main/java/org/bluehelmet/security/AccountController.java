package org.bluehelmet.security;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is calling: the user name and roles, for pages that act on behalf of the person.
 */
@RestController
class AccountController {

	@GetMapping("/api/v1/me")
	Map<String, Object> me(Authentication authentication) {
		List<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith("ROLE_"))
			.map(authority -> authority.substring("ROLE_".length()))
			.toList();
		return Map.of("username", authentication.getName(), "roles", roles);
	}

}
