package org.weijian.identity;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A stored user account (用户). */
record Account(long id, String username, String displayName, String passwordHash, Set<Role> roles, DataScope scope,
		boolean enabled, int failedAttempts, @Nullable Instant lockedUntil, int version) {

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(id, username, displayName, roles, scope);
	}

	/** What the audit trail keeps of an account: never the password hash. */
	AccountView view() {
		return new AccountView(id, username, displayName, roles, scope.regionCode(), scope.departmentId(),
				scope.institutionId(), enabled);
	}

}
