package org.weijian.identity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security view of an account; carries the {@link CurrentUser} other modules see. */
final class AccountPrincipal implements UserDetails, Serializable {

	private final CurrentUser user;

	private final String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean locked) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
	}

	CurrentUser user() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (Role role : user.roles()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
			role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.authority())));
		}
		return authorities.stream().distinct().toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

}
