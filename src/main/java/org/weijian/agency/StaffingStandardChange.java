package org.weijian.agency;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** New values for a staffing standard; {@code code} defaults to {@link StaffingStandard#CODE}. */
public record StaffingStandardChange(@Nullable String code, @Nullable BigDecimal minPerTenThousand,
		@Nullable BigDecimal maxPerTenThousand, @Nullable String legalBasis, @Nullable String notes, @Nullable Boolean verified,
		int version) {
}
