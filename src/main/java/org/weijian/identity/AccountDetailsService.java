package org.weijian.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for login; a locked or disabled account cannot authenticate. */
@Service
class AccountDetailsService implements UserDetailsService {

	private final Accounts accounts;

	private final Clock clock;

	AccountDetailsService(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account a = accounts.byUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		return principal(a);
	}

	AccountPrincipal principal(Account a) {
		return new AccountPrincipal(a.toCurrentUser(), a.passwordHash(), a.enabled(), a.lockedAt(clock.instant()));
	}

}
