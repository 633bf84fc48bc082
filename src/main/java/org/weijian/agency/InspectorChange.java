package org.weijian.agency;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The new state of an inspector's record (status changes go through suspend/reactivate). A null phone
 * keeps the stored one; an empty phone removes it.
 */
public record InspectorChange(@Nullable String name, @Nullable String certificateNo, @Nullable String certificateValidFrom,
		@Nullable String certificateValidTo, @Nullable Long departmentId, @Nullable String jurisdictionCode,
		@Nullable List<String> specialties, @Nullable String phone, int version) {
}
