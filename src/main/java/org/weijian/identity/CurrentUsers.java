package org.weijian.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.weijian.shared.error.AccessDeniedToScopeException;

/** Tells other modules who is acting. */
@Component
public class CurrentUsers {

	public Optional<CurrentUser> find() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.user());
		}
		return Optional.empty();
	}

	/** The acting user; a request without one is refused (every endpoint is authenticated). */
	public CurrentUser require() {
		return find().orElseThrow(AccessDeniedToScopeException::new);
	}

	/** The acting user's scope, or everything for system work (start-up loaders, schedulers). */
	public DataScope scope() {
		return find().map(CurrentUser::scope).orElse(DataScope.EVERYTHING);
	}

	public String actorName() {
		return find().map(CurrentUser::username).orElse(CurrentUser.SYSTEM);
	}

}
