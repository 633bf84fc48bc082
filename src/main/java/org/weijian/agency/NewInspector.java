package org.weijian.agency;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An inspector to create. Dates are ISO ({@code 2026-01-31}); specialties are {@link SupervisionDomain}
 * names; the jurisdiction must lie within the department's region; the phone is optional.
 */
public record NewInspector(@Nullable String name, @Nullable String certificateNo, @Nullable String certificateValidFrom,
		@Nullable String certificateValidTo, @Nullable Long departmentId, @Nullable String jurisdictionCode,
		@Nullable List<String> specialties, @Nullable String phone) {
}
