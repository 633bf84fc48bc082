package org.weijian.identity;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A change to an account's name, roles, scope or status; {@code version} guards against lost updates. */
public record AccountChange(String displayName, Set<Role> roles, @Nullable String regionCode, @Nullable Long departmentId,
		@Nullable Long institutionId, boolean enabled, int version) {
}
