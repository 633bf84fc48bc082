package org.weijian.registry;

import org.jspecify.annotations.Nullable;

/**
 * A licence's status changed — by a user (suspension, revocation, cancellation, reinstatement), by a
 * renewal, or by the clock (expiry). Published in the changing transaction for other modules.
 */
public record LicenceStatusChanged(long licenceId, String kindCode, String number, long holderId, String regionCode,
		LicenceStatus from, LicenceStatus to, @Nullable String reason) {
}
