package org.weijian.region;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * 网格员 — a person assigned to a grid, with the phone number only in its masked form
 * ({@code 138****5678}); the clear number stays encrypted in the database.
 */
public record GridStaff(long id, long gridId, String name, String phoneMasked, GridRole role, LocalDate fromDate,
		@Nullable LocalDate toDate, boolean active) {
}
