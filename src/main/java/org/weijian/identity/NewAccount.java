package org.weijian.identity;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What an administrator (or the demo loader) supplies to create an account. */
public record NewAccount(String username, String displayName, String password, Set<Role> roles, @Nullable String regionCode,
		@Nullable Long departmentId, @Nullable Long institutionId) {
}
