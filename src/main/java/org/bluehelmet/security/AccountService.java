package org.bluehelmet.security;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.bluehelmet.audit.AuditLog;
import org.bluehelmet.system.ConflictException;
import org.bluehelmet.system.ForbiddenException;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.system.NotFoundException;
import org.bluehelmet.text.Phrase;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manages accounts on behalf of an administrator. A system administrator manages every
 * account; a mission administrator only accounts of its own missions, and can give
 * neither the system administrator's role nor missions it does not have itself. Every
 * change is audited (never with a password or its hash).
 */
@Service
class AccountService {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

	private final AccountStore accounts;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	AccountService(AccountStore accounts, PasswordEncoder passwords, AuditLog audit) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
	}

	/** A new account as an administrator asks for it. */
	public record NewAccount(String username, String password, Set<Role> roles, Set<String> missions) {
	}

	/** A change to an account; {@code null} fields stay as they are. */
	public record AccountUpdate(int version, Boolean enabled, Set<Role> roles, Set<String> missions, String password) {
	}

	/** An account as shown: never the password's hash. */
	public record AccountView(String username, boolean enabled, Instant createdAt, Set<Role> roles,
			Set<String> missions, int version) {

		static AccountView of(Account account, int version) {
			return new AccountView(account.username(), account.enabled(), account.createdAt(), account.roles(),
					account.missions(), version);
		}

	}

	@Transactional
	public AccountView create(NewAccount request, String actor) {
		if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
			throw new InvalidInputException("username", Phrase.of("problem.account.username"));
		}
		PasswordPolicy.check(request.username(), request.password());
		Set<Role> roles = requireRoles(request.roles());
		Set<String> missions = requireMissions(request.missions());
		mayGrant(actor, roles, missions);
		if (accounts.exists(request.username())) {
			throw new ConflictException("the account " + request.username() + " exists already");
		}
		Account account = new Account(request.username(), passwords.encode(request.password()), true, Instant.now(),
				roles, missions);
		accounts.insert(account);
		AccountView view = AccountView.of(account, 0);
		audit.record(actor, null, "account.create", "account", account.username(), null, view);
		return view;
	}

	public List<AccountView> list(String actor) {
		return accounts.all().stream().filter(account -> mayManage(actor, account)).map(this::view).toList();
	}

	public AccountView account(String username, String actor) {
		Account account = accounts.find(username)
			.filter(found -> mayManage(actor, found))
			.orElseThrow(() -> new NotFoundException("account", username));
		return view(account);
	}

	@Transactional
	public AccountView update(String username, AccountUpdate update, String actor) {
		AccountView before = account(username, actor);
		Set<Role> roles = update.roles() == null ? before.roles() : requireRoles(update.roles());
		Set<String> missions = update.missions() == null ? before.missions() : requireMissions(update.missions());
		mayGrant(actor, roles, missions);
		if (update.password() != null) {
			// Else one mission administrator could set a peer's password and act as them.
			if (!username.equals(actor) && !isSystemAdministrator(actor)) {
				throw new ForbiddenException("only a system administrator, or the account itself, changes a password");
			}
			PasswordPolicy.check(username, update.password());
		}
		boolean enabled = update.enabled() == null ? before.enabled() : update.enabled();
		if (username.equals(actor) && !enabled) {
			throw new InvalidInputException("enabled", Phrase.of("problem.account.disableSelf"));
		}
		String hash = update.password() == null ? null : passwords.encode(update.password());
		boolean endSessions = hash != null || (before.enabled() && !enabled);
		if (!accounts.update(username, update.version(), enabled, roles, missions, hash, endSessions)) {
			throw new ConflictException("the account " + username + " was changed by someone else since version "
					+ update.version() + "; reload it and try again");
		}
		AccountView after = account(username, actor);
		Map<String, Object> changed = new LinkedHashMap<>();
		changed.put("account", after);
		changed.put("passwordChanged", update.password() != null);
		changed.put("sessionsAndTokensEnded", endSessions);
		audit.record(actor, null, "account.update", "account", username, before, changed);
		return after;
	}

	/**
	 * The account's own password change: the current password must be given; every other
	 * session and every API token of the account ends.
	 */
	@Transactional
	public void changeOwnPassword(String username, String currentPassword, String newPassword) {
		Account account = accounts.find(username).orElseThrow(() -> new NotFoundException("account", username));
		if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
			throw new InvalidInputException("currentPassword", Phrase.of("problem.account.currentPassword"));
		}
		PasswordPolicy.check(username, newPassword);
		accounts.changePassword(username, passwords.encode(newPassword));
		audit.record(username, null, "account.password", "account", username, null,
				Map.of("sessionsAndTokensEnded", true));
	}

	/** Ends every session of an account the actor manages. */
	@Transactional
	public void endSessions(String username, String actor) {
		account(username, actor);
		accounts.endSessions(username);
		audit.record(actor, null, "account.sessions.end", "account", username, null, null);
	}

	/**
	 * Whether the actor manages the account (404 otherwise, as for one that does not
	 * exist).
	 */
	public void checkManages(String username, String actor) {
		account(username, actor);
	}

	private AccountView view(Account account) {
		return AccountView.of(account, accounts.version(account.username()));
	}

	private boolean isSystemAdministrator(String actor) {
		return actor == null || accounts.find(actor)
			.map(account -> account.roles().contains(Role.SYSTEM_ADMINISTRATOR))
			.orElse(false);
	}

	/** A mission administrator manages accounts whose missions are all its own. */
	private boolean mayManage(String actor, Account account) {
		if (isSystemAdministrator(actor)) {
			return true;
		}
		Set<String> own = accounts.missions(actor);
		return !account.roles().contains(Role.SYSTEM_ADMINISTRATOR) && own.containsAll(account.missions());
	}

	private void mayGrant(String actor, Set<Role> roles, Set<String> missions) {
		if (isSystemAdministrator(actor)) {
			return;
		}
		if (roles.contains(Role.SYSTEM_ADMINISTRATOR)) {
			throw new InvalidInputException("roles", Phrase.of("problem.account.makeSysadmin"));
		}
		Set<String> own = accounts.missions(actor);
		if (!own.containsAll(missions)) {
			throw new InvalidInputException("missions", Phrase.of("problem.account.notYourMission"));
		}
	}

	private static Set<Role> requireRoles(Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new InvalidInputException("roles", Phrase.of("problem.account.noRole", "roles",
					Phrase.verbatim(java.util.Arrays.toString(Role.values()))));
		}
		return roles;
	}

	private Set<String> requireMissions(Set<String> missions) {
		if (missions == null || missions.isEmpty()) {
			throw new InvalidInputException("missions", Phrase.of("problem.account.noMission"));
		}
		for (String mission : missions) {
			if (!mission.equals(Account.ALL_MISSIONS) && !accounts.missionExists(mission)) {
				throw new InvalidInputException("missions",
						Phrase.of("problem.account.unknownMission", "mission", mission));
			}
		}
		return missions;
	}

}
