package org.bluehelmet.security;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.bluehelmet.system.ForbiddenException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is calling (user name, roles, missions, for pages that act on behalf of the
 * person), and the caller's own API tokens.
 */
@RestController
class AccountController {

	private final ApiTokens tokens;

	private final MissionAccess access;

	private final AccountService accounts;

	private final MissionChoice choices;

	AccountController(ApiTokens tokens, MissionAccess access, AccountService accounts, MissionChoice choices) {
		this.accounts = accounts;
		this.choices = choices;
		this.tokens = tokens;
		this.access = access;
	}

	@GetMapping("/api/v1/me")
	Map<String, Object> me(Authentication authentication) {
		List<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith("ROLE_"))
			.map(authority -> authority.substring("ROLE_".length()))
			.toList();
		var missions = access.missionsOfCaller();
		Map<String, Object> me = new java.util.LinkedHashMap<>();
		me.put("username", authentication.getName());
		me.put("roles", roles);
		me.put("missions", missions == null ? List.of(Account.ALL_MISSIONS) : missions.stream().sorted().toList());
		me.put("personalData", MissionAccess.callerHas(AccessRules.PERSONAL_DATA));
		// The mission last chosen, while the account may still see it.
		me.put("mission", choices.of(authentication.getName()).filter(access::maySee).orElse(null));
		return me;
	}

	record ChosenMission(String mission) {
	}

	/** Remembers the mission the caller chose in the pages' selector. */
	@PutMapping("/api/v1/me/mission")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void chooseMission(@RequestBody ChosenMission chosen, Principal user) {
		if (chosen == null || chosen.mission() == null || chosen.mission().isBlank()) {
			throw new org.bluehelmet.system.InvalidInputException("mission", "give the id of a mission you may see");
		}
		if (!access.maySee(chosen.mission()) || !choices.choose(user.getName(), chosen.mission())) {
			throw new org.bluehelmet.system.NotFoundException("mission", chosen.mission());
		}
	}

	record TokenRequest(String name) {
	}

	@PostMapping("/api/v1/me/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	ApiTokens.NewToken createToken(@RequestBody TokenRequest request, Authentication user) {
		// A stolen token must not be able to outlive its revocation through new ones.
		if (ApiTokens.loggedInWithToken(user)) {
			throw new ForbiddenException("a token cannot create tokens; log in with your password");
		}
		return tokens.create(user.getName(), request.name());
	}

	record PasswordChange(String currentPassword, String newPassword) {
	}

	/**
	 * The caller's own password: every other session and every token of the account ends;
	 * this session goes on.
	 */
	@PutMapping("/api/v1/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(@RequestBody PasswordChange change, Authentication user, HttpServletRequest request) {
		if (ApiTokens.loggedInWithToken(user)) {
			throw new ForbiddenException("a token cannot change the password; log in with your password");
		}
		accounts.changeOwnPassword(user.getName(), change.currentPassword(), change.newPassword());
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.setAttribute(CurrentAccountFilter.LOGGED_IN_AT, Instant.now().plusMillis(1));
		}
	}

	@GetMapping("/api/v1/me/tokens")
	List<ApiTokens.ApiToken> tokens(Principal user) {
		return tokens.list(user.getName());
	}

	@DeleteMapping("/api/v1/me/tokens/{tokenId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable long tokenId, Principal user) {
		tokens.revoke(user.getName(), tokenId);
	}

}
