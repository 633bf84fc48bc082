package org.weijian.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What issuing a licence needs. {@code validTo} defaults to the kind's validity; {@code lastVerifiedOn}
 * lets an existing paper licence enter with its last 校验.
 */
public record NewLicence(@Nullable String kindCode, @Nullable Long holderId, @Nullable String number,
		@Nullable LocalDate issueDate, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
		@Nullable Integer approvedBeds, @Nullable String scope, @Nullable LocalDate lastVerifiedOn) {
}
