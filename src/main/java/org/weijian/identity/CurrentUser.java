package org.weijian.identity;

import java.util.Set;

/** The user behind the current request: who they are, what they may do and where. */
public record CurrentUser(long id, String username, String displayName, Set<Role> roles, DataScope scope)
		implements java.io.Serializable {

	public static final String SYSTEM = "system";

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean has(Permission permission) {
		return roles.stream().anyMatch(r -> r.permissions().contains(permission));
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

}
