package org.weijian.identity;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated wrong passwords (登录失败锁定), and clears the count on a
 * successful login. Kept in the database, so it holds across restarts and instances.
 */
@Component
class LoginThrottle {

	private final Accounts accounts;

	private final Clock clock;

	private final int maxAttempts;

	private final Duration lockDuration;

	LoginThrottle(Accounts accounts, Clock clock, @Value("${weijian.security.lockout.max-attempts:5}") int maxAttempts,
			@Value("${weijian.security.lockout.duration:PT15M}") Duration lockDuration) {
		if (maxAttempts < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
			throw new IllegalStateException("weijian.security.lockout needs max-attempts >= 1 and a positive duration");
		}
		this.accounts = accounts;
		this.clock = clock;
		this.maxAttempts = maxAttempts;
		this.lockDuration = lockDuration;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		accounts.recordFailure(event.getAuthentication().getName(), maxAttempts, clock.instant().plus(lockDuration));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		accounts.recordSuccess(event.getAuthentication().getName());
	}

}
