package org.weijian.registry.licence;

import org.jspecify.annotations.Nullable;
import org.weijian.registry.LicenceStatus;

/**
 * What a licence list asks for: a holder, a kind, a status, 校验 due within so many days (overdue
 * included), validity ending within so many days, a number prefix.
 */
public record LicenceFilter(@Nullable Long holderId, @Nullable String kindCode, @Nullable LicenceStatus status,
		@Nullable Integer dueWithinDays, @Nullable Integer expiringWithinDays, @Nullable String numberPrefix) {

	public static final LicenceFilter ALL = new LicenceFilter(null, null, null, null, null, null);

}
