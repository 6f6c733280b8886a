package org.bluehelmet.security;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accounts, for administrators ({@link AccessRules#ADMINISTRATORS}). */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/v1/admin/users")
class AdminController {

	private final AccountService accounts;

	private final AccountSessions sessions;

	private final ApiTokens tokens;

	AdminController(AccountService accounts, AccountSessions sessions, ApiTokens tokens) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.tokens = tokens;
	}

	@GetMapping("/{username}/sessions")
	List<AccountSessions.AccountSession> sessions(@PathVariable String username, Principal actor) {
		return sessions.list(username, actor.getName());
	}

	/** Ends every session of the account (its tokens stay; revoke those one by one). */
	@DeleteMapping("/{username}/sessions")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void endSessions(@PathVariable String username, Principal actor) {
		sessions.endAll(username, actor.getName());
	}

	@GetMapping("/{username}/tokens")
	List<ApiTokens.ApiToken> tokens(@PathVariable String username, Principal actor) {
		accounts.checkManages(username, actor.getName());
		return tokens.list(username);
	}

	@DeleteMapping("/{username}/tokens/{tokenId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeToken(@PathVariable String username, @PathVariable long tokenId, Principal actor) {
		accounts.checkManages(username, actor.getName());
		tokens.revoke(username, tokenId, actor.getName());
	}

	@PostMapping
	ResponseEntity<AccountService.AccountView> create(@RequestBody AccountService.NewAccount request, Principal actor) {
		AccountService.AccountView created = accounts.create(request, actor.getName());
		return ResponseEntity.created(URI.create("/api/v1/admin/users/" + created.username())).body(created);
	}

	@GetMapping
	List<AccountService.AccountView> list(Principal actor) {
		return accounts.list(actor.getName());
	}

	@GetMapping("/{username}")
	AccountService.AccountView account(@PathVariable String username, Principal actor) {
		return accounts.account(username, actor.getName());
	}

	@PatchMapping("/{username}")
	AccountService.AccountView update(@PathVariable String username, @RequestBody AccountService.AccountUpdate update,
			Principal actor) {
		return accounts.update(username, update, actor.getName());
	}

}
