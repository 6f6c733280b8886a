package org.bluehelmet.security;

import java.util.Optional;
import java.util.Set;

import org.bluehelmet.system.NotFoundException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.stereotype.Component;

/**
 * Which missions the caller may see: those of its account ({@code *} for all). An account
 * sees and changes nothing of another mission, and is answered as if it did not exist.
 * Code that runs without a caller (the command line, start-up) runs as the operator of
 * the installation and sees every mission.
 */
@Component
public class MissionAccess {

	private final AccountStore accounts;

	MissionAccess(AccountStore accounts) {
		this.accounts = accounts;
	}

	/** Whether the caller may see the mission. */
	public boolean maySee(String missionId) {
		Set<String> missions = missionsOfCaller();
		return missions == null || missions.contains(missionId);
	}

	/** Throws the same not-found as for a mission that does not exist. */
	public void check(String missionId) {
		if (!maySee(missionId)) {
			throw new NotFoundException("mission", missionId);
		}
	}

	/**
	 * The caller's missions, or {@code null} when it may see every mission (also when
	 * there is no caller).
	 */
	public Set<String> missionsOfCaller() {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller == null || caller instanceof AnonymousAuthenticationToken) {
			return null;
		}
		Set<String> missions = account(caller.getName()).map(Account::missions).orElse(Set.of());
		return missions.contains(Account.ALL_MISSIONS) ? null : missions;
	}

	/**
	 * The caller's account as stored: as the current request read it when it began, else
	 * read now.
	 */
	private Optional<Account> account(String username) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				&& request.getRequest().getAttribute(CurrentAccountFilter.ACCOUNT) instanceof Account read
				&& read.username().equals(username)) {
			return Optional.of(read);
		}
		return accounts.current(username);
	}

	/** The caller's user name, or {@code "system"} when there is none. */
	public static String callerName() {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		return caller == null ? "system" : caller.getName();
	}

	/** Whether the caller holds one of the roles (no caller: the operator holds all). */
	public static boolean callerHas(Set<Role> roles) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller == null) {
			return true;
		}
		return caller.getAuthorities()
			.stream()
			.anyMatch(authority -> roles.stream().anyMatch(role -> authority.getAuthority().equals(role.authority())));
	}

}
