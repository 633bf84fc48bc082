package org.weijian.identity;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** An account as administrators and the audit trail see it. */
public record AccountView(long id, String username, String displayName, Set<Role> roles, @Nullable String regionCode,
		@Nullable Long departmentId, @Nullable Long institutionId, boolean enabled) {
}
